// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A request's parameters, already checked against the path's fields: every value has its field's
 * type, required fields are set, and (unless the path takes arbitrary input) no unknown parameter is
 * present. Path captures are merged in and take precedence over body values. Immutable.
 */
public final class FieldData {
    private final Map<String, Field<?>> fields;
    private final Map<String, Object> values;
    private final Map<String, Object> raw;

    private FieldData(Map<String, Field<?>> fields, Map<String, Object> values, Map<String, Object> raw) {
        this.fields = fields;
        this.values = values;
        this.raw = raw;
    }

    /**
     * Checks raw parameters against fields, reporting every problem in one 400.
     *
     * @param enforceRequired whether required fields must be set (create and update)
     * @param rejectUnknown whether parameters that are not fields are an error
     * @throws BadRequestException listing the unknown parameters (sorted) and each field's problem
     */
    static FieldData validate(Collection<Field<?>> declared, Map<String, ?> raw, boolean enforceRequired,
            boolean rejectUnknown) {
        Map<String, Field<?>> byName = new LinkedHashMap<>();
        declared.forEach(field -> byName.put(field.name(), field));
        List<String> problems = new ArrayList<>();
        if (rejectUnknown) {
            TreeSet<String> unknown = new TreeSet<>(raw.keySet());
            unknown.removeAll(byName.keySet());
            if (!unknown.isEmpty()) {
                problems.add("unknown fields: " + printable(unknown) + "; this path accepts: "
                        + String.join(", ", new TreeSet<>(byName.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : byName.values()) {
            Object value = raw.get(field.name());
            if (value == null || (value instanceof String text && text.isEmpty() && field.required())) {
                if (enforceRequired && field.required()) {
                    problems.add(FieldErrors.required(field));
                }
                continue;
            }
            try {
                values.put(field.name(), field.coerce(value));
            } catch (BadRequestException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(String.join("; ", problems));
        }
        return new FieldData(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(values),
                Json.immutableCopy(raw));
    }

    private static String printable(Collection<String> names) {
        return String.join(", ", names.stream().map(FieldErrors::printable).toList());
    }

    /**
     * The field's value: the request's, else the field's default, else the type's zero value
     * ({@code ""}, 0, false, {@link java.time.Duration#ZERO}, an empty list or map, or
     * {@link java.time.Instant#EPOCH}).
     *
     * @throws IllegalArgumentException if the field is not declared on this path
     */
    public <T> T get(Field<T> field) {
        Optional<T> value = getOptional(field);
        if (value.isPresent()) {
            return value.get();
        }
        if (field.defaultValue().isPresent()) {
            return field.defaultValue().get();
        }
        @SuppressWarnings("unchecked") // FieldType's zero value has the field's Java type
        T zero = (T) field.type().zeroValue();
        return zero;
    }

    /**
     * The request's value of the field, or empty if the request did not set it (defaults do not apply).
     *
     * @throws IllegalArgumentException if the field is not declared on this path
     */
    public <T> Optional<T> getOptional(Field<T> field) {
        checkDeclared(field);
        @SuppressWarnings("unchecked") // stored by field.coerce, which returns T
        T value = (T) values.get(field.name());
        return Optional.ofNullable(value);
    }

    /** Whether the request set the field (to something other than null). */
    public boolean isSet(Field<?> field) {
        checkDeclared(field);
        return values.containsKey(field.name());
    }

    /** All parameters as they arrived, captures included; for paths that take arbitrary input. */
    public Map<String, Object> raw() {
        return raw;
    }

    private void checkDeclared(Field<?> field) {
        if (fields.get(field.name()) != field) {
            throw new IllegalArgumentException("field " + field.name() + " is not declared on this path");
        }
    }

    /** Names of the fields that are set; values may be secrets and are never printed. */
    @Override
    public String toString() {
        return "FieldData" + values.keySet();
    }
}
