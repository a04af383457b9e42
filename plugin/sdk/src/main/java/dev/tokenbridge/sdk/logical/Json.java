// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that knows which JSON library we use. Numbers are read as {@link java.math.BigDecimal}
 * so that their original text survives (Vault forwards numbers from HTTP bodies verbatim). Thread-safe.
 */
public final class Json {
    private static final Type OBJECT_MAP = new TypeToken<Map<String, Object>>() {}.getType();
    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .setObjectToNumberStrategy(ToNumberPolicy.BIG_DECIMAL)
            .create();

    private Json() {}

    /**
     * Parses a JSON object as Vault sends it: {@code "null"} or blank text is an empty object.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static Map<String, Object> parseObject(String text) {
        if (text == null || text.isBlank() || text.strip().equals("null")) {
            return Map.of();
        }
        try {
            Map<String, Object> map = GSON.fromJson(text, OBJECT_MAP);
            if (map == null) {
                return Map.of();
            }
            return map;
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("expected a JSON object");
        }
    }

    /** Serialises a value (maps, lists, records, strings, numbers, booleans, null) as JSON text. */
    public static String write(Object value) {
        return GSON.toJson(value);
    }

    /** Serialises a value as UTF-8 JSON bytes, the form storage entries take. */
    public static byte[] writeBytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads UTF-8 JSON bytes into a record or class.
     *
     * @throws IllegalArgumentException if the bytes are not JSON of that shape
     */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = GSON.fromJson(new String(json, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new IllegalArgumentException("expected JSON for " + type.getSimpleName() + ", got null");
            }
            return value;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed JSON for " + type.getSimpleName());
        }
    }

    /** An unmodifiable, order-keeping copy that allows null values; null becomes an empty map. */
    public static Map<String, Object> immutableCopy(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
