// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Field}; start from a factory such as {@link Field#string(String)}. Every field needs a
 * description ({@code vault path-help} would otherwise show {@code <no description>}). Mistakes in a
 * declaration (a default that is not allowed, a required field with a default) fail at {@link #build()}.
 * Not thread-safe; the built field is immutable.
 *
 * @param <T> the Java type of the field's values
 */
public final class FieldBuilder<T> {
    private static final Set<FieldType> ENUMERABLE =
            EnumSet.of(FieldType.STRING, FieldType.LOWERCASE_STRING, FieldType.NAME_STRING, FieldType.INTEGER);

    final String name;
    final FieldType type;
    final Coercer<T> coercer;
    String description = "";
    T defaultValue;
    boolean required;
    List<T> allowedValues = List.of();
    boolean sensitive;
    boolean deprecated;
    boolean query;
    boolean allowsNegative;
    String displayName;

    FieldBuilder(String name, FieldType type, Coercer<T> coercer) {
        Field.checkName(name);
        this.name = name;
        this.type = type;
        this.coercer = coercer;
    }

    /** What the field means; required, shown in help and the OpenAPI document. */
    public FieldBuilder<T> description(String text) {
        this.description = Objects.requireNonNull(text, "description").strip();
        return this;
    }

    /** The value handlers get when the request does not set the field. */
    public FieldBuilder<T> defaultValue(T value) {
        this.defaultValue = Objects.requireNonNull(value, "defaultValue");
        return this;
    }

    /** Create and update requests must set the field; {@code ""} counts as not set. */
    public FieldBuilder<T> required() {
        this.required = true;
        return this;
    }

    /** The only values accepted (string and integer fields only). */
    @SafeVarargs
    public final FieldBuilder<T> allowedValues(T... values) {
        if (!ENUMERABLE.contains(type)) {
            throw new IllegalStateException(name + ": allowed values apply to string and integer fields only");
        }
        this.allowedValues = List.of(values);
        return this;
    }

    /** The value is secret: never echoed in error messages, and masked by UIs. */
    public FieldBuilder<T> sensitive() {
        this.sensitive = true;
        return this;
    }

    /** The field is deprecated; help and the OpenAPI document say so. */
    public FieldBuilder<T> deprecated() {
        this.deprecated = true;
        return this;
    }

    /** Read, list and delete requests take the field from the query string (documented as such). */
    public FieldBuilder<T> query() {
        this.query = true;
        return this;
    }

    /** A human-friendly name for UIs. */
    public FieldBuilder<T> displayName(String text) {
        this.displayName = Objects.requireNonNull(text, "displayName");
        return this;
    }

    /** Accept negative durations (duration fields only). */
    public FieldBuilder<T> allowNegative() {
        if (type != FieldType.DURATION) {
            throw new IllegalStateException(name + ": only duration fields can allow negative values");
        }
        this.allowsNegative = true;
        return this;
    }

    /**
     * The field.
     *
     * @throws IllegalStateException if the declaration contradicts itself or lacks a description
     */
    public Field<T> build() {
        if (description.isEmpty()) {
            throw new IllegalStateException(name + ": a field needs a description");
        }
        if (required && defaultValue != null) {
            throw new IllegalStateException(name + ": a required field cannot have a default");
        }
        if (type == FieldType.LOWERCASE_STRING) {
            for (T value : allowedValues) {
                if (!value.equals(((String) value).toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(name + ": allowed values of a lowercase field must be lowercase");
                }
            }
        }
        if (defaultValue != null && !allowedValues.isEmpty() && !allowedValues.contains(defaultValue)) {
            throw new IllegalStateException(name + ": the default is not one of the allowed values");
        }
        if (defaultValue instanceof Duration d && d.isNegative() && !allowsNegative) {
            throw new IllegalStateException(name + ": the default is negative");
        }
        return Field.of(this);
    }
}
