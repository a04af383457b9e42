// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path's compiled regular expression. Patterns are anchored ({@code ^…$}) as in Vault's Go framework.
 * Named groups may be written {@code (?<name>…)} or Go's {@code (?P<name>…)}, and their names may contain
 * {@code _} (Java's own group names cannot, so groups are renamed internally). Immutable.
 */
final class PathPattern {
    private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String anchored;
    private final Pattern regex;
    /** Internal Java group name to capture (field) name, in pattern order. */
    private final Map<String, String> groups;

    private PathPattern(String anchored, Pattern regex, Map<String, String> groups) {
        this.anchored = anchored;
        this.regex = regex;
        this.groups = groups;
    }

    /**
     * Compiles a path pattern.
     *
     * @throws IllegalArgumentException if the pattern is empty, invalid or repeats a capture name
     */
    static PathPattern compile(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("a path pattern cannot be blank");
        }
        String anchored = source;
        if (!anchored.startsWith("^")) {
            anchored = "^" + anchored;
        }
        if (!anchored.endsWith("$") || isEscaped(anchored, anchored.length() - 1)) {
            anchored = anchored + "$";
        }
        Map<String, String> groups = new LinkedHashMap<>();
        String javaRegex = renameGroups(anchored, groups);
        return new PathPattern(anchored, Pattern.compile(javaRegex), Collections.unmodifiableMap(groups));
    }

    private static String renameGroups(String pattern, Map<String, String> groups) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && startsNamedGroup(pattern, i)) {
                int nameStart = pattern.indexOf('<', i) + 1;
                int nameEnd = pattern.indexOf('>', nameStart);
                String name = nameEnd < 0 ? "" : pattern.substring(nameStart, nameEnd);
                if (!GROUP_NAME.matcher(name).matches() || groups.containsValue(name)) {
                    throw new IllegalArgumentException("bad or repeated capture name in path pattern: " + pattern);
                }
                String javaName = "g" + groups.size();
                groups.put(javaName, name);
                out.append("(?<").append(javaName).append('>');
                i = nameEnd + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean startsNamedGroup(String pattern, int i) {
        int next = pattern.startsWith("(?P<", i) ? i + 4 : pattern.startsWith("(?<", i) ? i + 3 : -1;
        return next > 0 && next < pattern.length() && pattern.charAt(next) != '=' && pattern.charAt(next) != '!';
    }

    private static boolean isEscaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Matches a request path; returns the captures by field name (groups that took no part are left
     * out), or null if the path does not match.
     */
    Map<String, String> match(String path) {
        Matcher matcher = regex.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, String> captures = new LinkedHashMap<>();
        groups.forEach((javaName, name) -> {
            String value = matcher.group(javaName);
            if (value != null) {
                captures.put(name, value);
            }
        });
        return captures;
    }

    /** The capture names, in pattern order. */
    List<String> captureNames() {
        return List.copyOf(groups.values());
    }

    /** The anchored pattern as written, e.g. {@code ^roles/(?<name>\w+)$}. */
    String anchored() {
        return anchored;
    }

    /**
     * The OpenAPI form, e.g. {@code roles/{name}} (no leading slash), or empty if the pattern uses regular
     * expression features that have no OpenAPI equivalent. A trailing optional slash ({@code /?}) is dropped.
     */
    Optional<String> openApiPath() {
        String body = anchored.substring(1, anchored.length() - 1);
        if (body.endsWith("/?") && !isEscaped(body, body.length() - 2)) {
            body = body.substring(0, body.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
                    return Optional.empty();
                }
                out.append(body.charAt(i + 1));
                i += 2;
            } else if (c == '(' && startsNamedGroup(body, i)) {
                int nameStart = body.indexOf('<', i) + 1;
                int nameEnd = body.indexOf('>', nameStart);
                out.append('{').append(body, nameStart, nameEnd).append('}');
                i = groupEnd(body, nameEnd + 1);
            } else if ("^$.[]()*+?|{}".indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString());
    }

    /** The index just after the ')' closing a group whose body starts at {@code from}. */
    private static int groupEnd(String pattern, int from) {
        int depth = 1;
        boolean inClass = false;
        int i = from;
        while (i < pattern.length() && depth > 0) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return i;
    }
}
