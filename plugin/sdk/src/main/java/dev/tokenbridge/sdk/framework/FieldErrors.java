// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.util.Collection;
import java.util.Map;

/**
 * Builds the messages of field validation errors. A message names the field and what was expected,
 * and echoes the caller's value only for fields that are not sensitive, shortened to
 * {@value #MAX_ECHO} characters with control characters escaped. Stateless.
 */
final class FieldErrors {
    /** The longest piece of a caller's value a message repeats. */
    static final int MAX_ECHO = 64;

    static final String REQUIRED = "required";

    private FieldErrors() {}

    /** {@code name: expected <what>, got <value>}; the value is left out for sensitive fields. */
    static BadRequestException invalid(Field<?> field, String expected, Object raw) {
        return new BadRequestException(message(field, expected, raw));
    }

    static String message(Field<?> field, String expected, Object raw) {
        String message = field.name() + ": expected " + expected;
        return field.sensitive() ? message : message + ", got " + describe(raw);
    }

    /** {@code name: required}. */
    static String required(Field<?> field) {
        return field.name() + ": " + REQUIRED;
    }

    /** A short, printable description of a caller's value. */
    static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String text) {
            return quote(text);
        }
        if (raw instanceof Boolean || raw instanceof Number) {
            return printable(raw.toString());
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        if (raw instanceof Collection<?> || raw.getClass().isArray()) {
            return "an array";
        }
        return "a value of an unsupported kind";
    }

    /** Text in double quotes, shortened and escaped. */
    static String quote(String text) {
        return '"' + printable(text) + '"';
    }

    /** Text shortened to {@value #MAX_ECHO} characters, with quotes, backslashes and control characters escaped. */
    static String printable(String text) {
        String shortened = text;
        boolean cut = false;
        if (text.length() > MAX_ECHO) {
            int end = MAX_ECHO;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            shortened = text.substring(0, end);
            cut = true;
        }
        StringBuilder out = new StringBuilder(shortened.length() + 8);
        for (int i = 0; i < shortened.length(); i++) {
            char c = shortened.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return cut ? out + "..." : out.toString();
    }
}
