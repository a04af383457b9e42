// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coercions of lists and objects. Forms and query strings can only send text, so each type also
 * accepts a textual form: a comma-separated string for lists, JSON object text for objects. Stateless.
 */
final class CollectionCoercions {
    static final String EXPECTED_LIST = "a list of strings or a comma-separated string";
    static final String EXPECTED_MAP = "an object of strings, a JSON object string or \"key=value\" items";
    static final String EXPECTED_JSON_OBJECT = "a JSON object";

    private CollectionCoercions() {}

    /**
     * An array of strings (numbers and booleans become their text), or one string split at commas.
     * Items are trimmed and empty items dropped.
     */
    static List<String> stringList(Object raw, Field<List<String>> field) {
        List<String> items = new ArrayList<>();
        if (raw instanceof Collection<?> values) {
            for (Object value : values) {
                String text = ScalarCoercions.weakString(value);
                if (text == null) {
                    throw FieldErrors.invalid(field, EXPECTED_LIST, raw);
                }
                items.add(text);
            }
        } else {
            String text = ScalarCoercions.weakString(raw);
            if (text == null || raw instanceof Boolean) {
                throw FieldErrors.invalid(field, EXPECTED_LIST, raw);
            }
            Collections.addAll(items, text.split(",", -1));
        }
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * A JSON object whose values are strings (numbers and booleans become their text), a string holding
     * such an object, or {@code key=value} items (one string, or an array of them, as the CLI sends).
     */
    static Map<String, String> map(Object raw, Field<Map<String, String>> field) {
        Object value = raw;
        if (raw instanceof String text && text.strip().startsWith("{")) {
            value = parseObject(text, raw, field, EXPECTED_MAP);
        }
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String text = ScalarCoercions.weakString(entry.getValue());
                if (text == null) {
                    throw FieldErrors.invalid(field, EXPECTED_MAP, raw);
                }
                result.put(String.valueOf(entry.getKey()), text);
            }
        } else if (value instanceof String text) {
            if (!text.isEmpty()) {
                addPair(text, result, raw, field);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    throw FieldErrors.invalid(field, EXPECTED_MAP, raw);
                }
                addPair(text, result, raw, field);
            }
        } else {
            throw FieldErrors.invalid(field, EXPECTED_MAP, raw);
        }
        return Collections.unmodifiableMap(result);
    }

    /** A JSON object, or a string holding one ({@code ""} is an empty object). */
    static Map<String, Object> jsonObject(Object raw, Field<Map<String, Object>> field) {
        if (raw instanceof Map<?, ?> object) {
            Map<String, Object> copy = new LinkedHashMap<>();
            object.forEach((key, value) -> copy.put(String.valueOf(key), value));
            return Collections.unmodifiableMap(copy);
        }
        if (raw instanceof String text) {
            if (text.isBlank()) {
                return Map.of();
            }
            if (text.strip().startsWith("{")) {
                return Json.immutableCopy(parseObject(text, raw, field, EXPECTED_JSON_OBJECT));
            }
        }
        throw FieldErrors.invalid(field, EXPECTED_JSON_OBJECT, raw);
    }

    private static Map<String, Object> parseObject(String text, Object raw, Field<?> field, String expected) {
        try {
            return Json.parseObject(text);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            throw FieldErrors.invalid(field, expected, raw);
        }
    }

    private static void addPair(String item, Map<String, String> result, Object raw, Field<?> field) {
        int equals = item.indexOf('=');
        if (equals <= 0) {
            throw FieldErrors.invalid(field, EXPECTED_MAP, raw);
        }
        result.put(item.substring(0, equals), item.substring(equals + 1));
    }
}
