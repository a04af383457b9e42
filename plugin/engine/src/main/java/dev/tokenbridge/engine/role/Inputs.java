// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Bounds and character rules for caller-supplied text, shared by every path of the engine. Each check
 * fails with a 400 that names the field; a caller's value is echoed only shortened and escaped.
 */
public final class Inputs {
    private static final int MAX_ECHO = 48;

    private Inputs() {}

    /**
     * Free text (a claim value, a template): no control characters and no lone surrogates.
     *
     * @throws BadRequestException naming {@code field} otherwise
     */
    public static String text(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new BadRequestException(field + ": expected at most " + maxLength + " characters, got "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new BadRequestException(field + ": control characters are not allowed, got " + quote(value));
            }
            if (Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
                throw new BadRequestException(field + ": expected valid Unicode text (found an unpaired surrogate)");
            }
        }
        return value;
    }

    /**
     * An identifier (an audience, a scope, a claim name): non-empty text without whitespace and without
     * invisible formatting characters (zero-width spaces, bidirectional overrides), which would let two
     * different values look alike.
     */
    public static String identifier(String field, String value, int maxLength) {
        if (value.isEmpty()) {
            throw new BadRequestException(field + ": expected a non-empty value");
        }
        text(field, value, maxLength);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                throw new BadRequestException(field + ": whitespace and invisible characters are not allowed, got "
                        + quote(value));
            }
        }
        return value;
    }

    /** A list of identifiers: bounded in size, duplicates dropped (keeping the first). */
    public static List<String> identifiers(String field, List<String> values, int maxItems, int maxLength) {
        if (values.size() > maxItems) {
            throw new BadRequestException(field + ": expected at most " + maxItems + " items, got " + values.size());
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String value : values) {
            unique.add(identifier(field, value, maxLength));
        }
        return List.copyOf(new ArrayList<>(unique));
    }

    /** A caller's value in double quotes, shortened and with control characters escaped, for messages. */
    public static String quote(String value) {
        String shortened = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) : value;
        StringBuilder out = new StringBuilder("\"");
        shortened.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT
                    || Character.isSurrogate((char) cp) || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(value.length() > MAX_ECHO ? "...\"" : "\"").toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
