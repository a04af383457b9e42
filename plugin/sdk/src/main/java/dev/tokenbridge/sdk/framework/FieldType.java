// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The kinds of value a {@link Field} holds, with the names {@code vault path-help} shows and the types
 * the OpenAPI document declares. The coercion rules of each kind are described on the matching factory
 * method of {@link Field}. Immutable.
 */
public enum FieldType {
    /** Text; numbers and booleans are accepted and kept as their text. */
    STRING("string", "string", null, null),
    /** Text, lower-cased before the handler sees it. */
    LOWERCASE_STRING("lowercase string", "string", "lowercase", null),
    /** A name: word characters, dots and hyphens, starting and ending with a word character. */
    NAME_STRING("name string", "string", null, null),
    /** A whole number ({@link Long}). */
    INTEGER("int", "integer", "int64", null),
    /** A boolean, read like Go's {@code strconv.ParseBool}. */
    BOOL("bool", "boolean", null, null),
    /** A {@link Duration} in whole seconds: a number of seconds or Go duration text such as {@code 1h30m}. */
    DURATION("duration (sec)", "string", "duration", null),
    /** A list of strings: an array, or one comma-separated string. */
    STRING_LIST("comma-separated strings", "array", null, "string"),
    /** A map of string to string: an object, a string holding a JSON object, or {@code key=value} items. */
    MAP("map", "object", "kvpairs", null),
    /** A JSON object, or a string holding one. */
    JSON_OBJECT("json object", "object", "map", null),
    /** An {@link Instant}: RFC 3339 text or unix seconds. */
    TIME("time", "string", "date-time", null);

    /** What the pattern of {@link #NAME_STRING} values must match (Vault's {@code TypeNameString}). */
    static final String NAME_PATTERN = "\\w(([\\w.-]+)?\\w)?";

    private final String helpName;
    private final String openApiType;
    private final String openApiFormat;
    private final String openApiItems;

    FieldType(String helpName, String openApiType, String openApiFormat, String openApiItems) {
        this.helpName = helpName;
        this.openApiType = openApiType;
        this.openApiFormat = openApiFormat;
        this.openApiItems = openApiItems;
    }

    /** The type's name in help text, e.g. {@code duration (sec)}. */
    public String helpName() {
        return helpName;
    }

    /** The OpenAPI {@code type}. */
    public String openApiType() {
        return openApiType;
    }

    /** The OpenAPI {@code format}, or null if none. */
    public String openApiFormat() {
        return openApiFormat;
    }

    /** The OpenAPI {@code items.type} of arrays, or null for other types. */
    public String openApiItems() {
        return openApiItems;
    }

    /** The OpenAPI {@code pattern}, or null if none. */
    public String openApiPattern() {
        return this == NAME_STRING ? NAME_PATTERN : null;
    }

    /** What handlers get for an unset field without a default: Go's zero values ({@link Instant#EPOCH} for times). */
    Object zeroValue() {
        switch (this) {
            case INTEGER:
                return 0L;
            case BOOL:
                return Boolean.FALSE;
            case DURATION:
                return Duration.ZERO;
            case STRING_LIST:
                return List.of();
            case MAP:
            case JSON_OBJECT:
                return Map.of();
            case TIME:
                return Instant.EPOCH;
            default:
                return "";
        }
    }

    /**
     * A value of this type as JSON would carry it (for defaults and allowed values in documents):
     * durations become Go duration text, times RFC 3339 text, everything else stays as it is.
     */
    public Object toJson(Object value) {
        if (value instanceof Duration duration) {
            return GoDuration.format(duration);
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value;
    }
}
