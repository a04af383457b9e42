// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns response data into plain JSON values (maps with string keys, lists, strings, numbers,
 * booleans, null) so that every response serialises, and serialises the way Vault's Go engines answer:
 * durations as whole seconds, instants as RFC 3339 text, bytes as base64, records as objects.
 * Anything else is a programming error. Stateless.
 */
final class JsonValues {
    private JsonValues() {}

    /** The response with plain JSON data and secret internal data. */
    static Response normalise(Response response) {
        Secret secret = response.secret();
        if (secret != null) {
            secret = new Secret(secret.leaseOptions(), object(secret.internalData(), "internal data"),
                    secret.leaseId());
        }
        return new Response(object(response.data(), "data"), secret, response.warnings(), response.headers());
    }

    static Map<String, Object> object(Map<?, ?> map, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalStateException("response " + where + " has a key that is not a string");
            }
            out.put(key, value(entry.getValue(), where + "." + key));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v, String where) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof BigDecimal
                || v instanceof BigInteger || v instanceof Long || v instanceof Integer || v instanceof Short
                || v instanceof Byte) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            if (!Double.isFinite(((Number) v).doubleValue())) {
                throw new IllegalStateException("response " + where + " is not a finite number");
            }
            return v;
        }
        if (v instanceof Duration duration) {
            return duration.getSeconds();
        }
        if (v instanceof Instant instant) {
            return instant.toString();
        }
        if (v instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof Map<?, ?> map) {
            return object(map, where);
        }
        if (v instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            int i = 0;
            for (Object item : items) {
                out.add(value(item, where + "[" + i++ + "]"));
            }
            return Collections.unmodifiableList(out);
        }
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(value(Array.get(v, i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Record record) {
            return recordObject(record, where);
        }
        throw new IllegalStateException("response " + where + " has unsupported type " + v.getClass().getName());
    }

    private static Map<String, Object> recordObject(Record record, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                Object item = accessor.invoke(record);
                out.put(component.getName(), value(item, where + "." + component.getName()));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("response " + where + " holds a record that cannot be read");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
