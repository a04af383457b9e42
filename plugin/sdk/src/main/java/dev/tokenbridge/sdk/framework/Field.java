// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One request parameter of a path, declared once as a typed constant and read with
 * {@link FieldData#get(Field)}:
 *
 * <pre>{@code
 * static final Field<Duration> TTL = Field.duration("ttl")
 *         .description("How long issued tokens live.")
 *         .defaultValue(Duration.ofHours(1))
 *         .build();
 * }</pre>
 *
 * <p>Before any handler runs, the framework coerces every value to the field's type (with the lenient
 * rules Vault users know: forms send text, JSON sends numbers), and enforces {@linkplain #required()
 * required} fields and {@linkplain #allowedValues() allowed values}. Errors are HTTP 400 messages that
 * name the field; a {@linkplain #sensitive() sensitive} field's value is never repeated in them.
 * Immutable and thread-safe.
 *
 * @param <T> the Java type handlers receive
 */
public final class Field<T> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final String name;
    private final FieldType type;
    private final Coercer<T> coercer;
    private final String description;
    private final T defaultValue;
    private final boolean required;
    private final List<T> allowedValues;
    private final boolean sensitive;
    private final boolean deprecated;
    private final boolean query;
    private final boolean allowsNegative;
    private final String displayName;

    private Field(FieldBuilder<T> b) {
        this.name = b.name;
        this.type = b.type;
        this.coercer = b.coercer;
        this.description = b.description;
        this.defaultValue = b.defaultValue;
        this.required = b.required;
        this.allowedValues = b.allowedValues;
        this.sensitive = b.sensitive;
        this.deprecated = b.deprecated;
        this.query = b.query;
        this.allowsNegative = b.allowsNegative;
        this.displayName = b.displayName;
    }

    static <T> Field<T> of(FieldBuilder<T> builder) {
        return new Field<>(builder);
    }

    /** Text. Numbers and booleans are accepted as their text. */
    public static FieldBuilder<String> string(String name) {
        return new FieldBuilder<>(name, FieldType.STRING, ScalarCoercions::string);
    }

    /** Text that handlers receive lower-cased. */
    public static FieldBuilder<String> lowercaseString(String name) {
        return new FieldBuilder<>(name, FieldType.LOWERCASE_STRING, ScalarCoercions::lowercaseString);
    }

    /** A name: word characters, {@code .} and {@code -}, starting and ending with a word character. */
    public static FieldBuilder<String> nameString(String name) {
        return new FieldBuilder<>(name, FieldType.NAME_STRING, ScalarCoercions::nameString);
    }

    /** A whole number: a JSON number or numeric text ({@code ""} reads as 0). */
    public static FieldBuilder<Long> integer(String name) {
        return new FieldBuilder<>(name, FieldType.INTEGER, ScalarCoercions::integer);
    }

    /**
     * A boolean: JSON {@code true}/{@code false}, the numbers 1 and 0, or the text Go's
     * {@code strconv.ParseBool} accepts ({@code true, True, TRUE, t, T, 1} and the false forms;
     * {@code ""} reads as false).
     */
    public static FieldBuilder<Boolean> bool(String name) {
        return new FieldBuilder<>(name, FieldType.BOOL, ScalarCoercions::bool);
    }

    /**
     * A duration in whole seconds: a whole number of seconds (JSON or text), {@code 7d}, or Go duration text
     * such as {@code 90s}, {@code 1h30m} or {@code 1.5h} (truncated to whole seconds). Negative values are
     * rejected unless {@link FieldBuilder#allowNegative()} is set.
     */
    public static FieldBuilder<Duration> duration(String name) {
        return new FieldBuilder<>(name, FieldType.DURATION, ScalarCoercions::duration);
    }

    /** A list of strings: a JSON array, or one comma-separated string; items are trimmed, empty ones dropped. */
    public static FieldBuilder<List<String>> stringList(String name) {
        return new FieldBuilder<>(name, FieldType.STRING_LIST, CollectionCoercions::stringList);
    }

    /** A map of strings: a JSON object, a string holding one, or {@code key=value} items. */
    public static FieldBuilder<Map<String, String>> map(String name) {
        return new FieldBuilder<>(name, FieldType.MAP, CollectionCoercions::map);
    }

    /** A JSON object, or a string holding one. Values keep their JSON types (numbers as BigDecimal). */
    public static FieldBuilder<Map<String, Object>> jsonObject(String name) {
        return new FieldBuilder<>(name, FieldType.JSON_OBJECT, CollectionCoercions::jsonObject);
    }

    /** A point in time: RFC 3339 text, or unix seconds (JSON or text). */
    public static FieldBuilder<Instant> time(String name) {
        return new FieldBuilder<>(name, FieldType.TIME, ScalarCoercions::time);
    }

    /**
     * Reads a caller's value as this field's type, checking allowed values.
     *
     * @param raw the value as it arrived (never null)
     * @throws dev.tokenbridge.sdk.logical.BadRequestException naming the field if the value does not fit
     */
    public T coerce(Object raw) {
        T value = coercer.coerce(Objects.requireNonNull(raw, "raw"), this);
        if (!allowedValues.isEmpty() && !allowedValues.contains(value)) {
            throw FieldErrors.invalid(this, "one of " + allowedText(), raw);
        }
        return value;
    }

    private String allowedText() {
        return allowedValues.stream().map(v -> String.valueOf(type.toJson(v))).toList().toString();
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field names are letters, digits, '_' and '-': " + name);
        }
    }

    /** The parameter's name in requests. */
    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    /** What the field means, shown by {@code vault path-help} and in the OpenAPI document. */
    public String description() {
        return description;
    }

    /** The value handlers get when the request does not set the field. */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Whether create and update requests must set the field (to something other than {@code ""}). */
    public boolean required() {
        return required;
    }

    /** The only values accepted, or empty for any value. */
    public List<T> allowedValues() {
        return allowedValues;
    }

    /** Whether the value is secret: never echoed in messages, and marked sensitive for the UI. */
    public boolean sensitive() {
        return sensitive;
    }

    /** Whether the field is deprecated (shown in help and the OpenAPI document). */
    public boolean deprecated() {
        return deprecated;
    }

    /** Whether read, list and delete requests take the field from the query string (documentation only). */
    public boolean query() {
        return query;
    }

    /** Whether a duration field accepts negative values. */
    public boolean allowsNegative() {
        return allowsNegative;
    }

    /** A human-friendly name for UIs, or empty. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** The name and type only: a field's default may be a secret. */
    @Override
    public String toString() {
        return "Field[" + name + " (" + type.helpName() + ")]";
    }
}
