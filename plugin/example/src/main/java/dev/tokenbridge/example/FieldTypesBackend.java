// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.example;

import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BackendFactory;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of every SDK type on one path, {@code echo}, answering with the typed values it received:
 * a cheat sheet of how CLI arguments, JSON bodies and query strings arrive.
 */
public final class FieldTypesBackend {
    public static final BackendFactory FACTORY = config -> backend();

    static final Field<String> TEXT = Field.string("text").description("A string.").build();
    static final Field<String> COLOUR = Field.string("colour").description("One of red, green or blue.")
            .allowedValues("red", "green", "blue").build();
    static final Field<Long> COUNT = Field.integer("count").description("An integer.").build();
    static final Field<Boolean> ENABLED = Field.bool("enabled").description("A boolean.").build();
    static final Field<java.time.Duration> TTL = Field.duration("ttl").description("A duration.").build();
    static final Field<List<String>> TAGS = Field.stringList("tags").description("A list of strings.").build();
    static final Field<Map<String, String>> LABELS = Field.map("labels").description("A map of strings.").build();
    static final Field<Map<String, Object>> SETTINGS = Field.jsonObject("settings").description("A JSON object.").build();
    static final Field<java.time.Instant> AT = Field.time("at").description("A point in time.").build();
    static final Field<String> PASSWORD = Field.string("password").description("A sensitive string.").sensitive().build();

    private FieldTypesBackend() {}

    static Backend backend() {
        return Backend.builder()
                .help("Echoes one field of every type, as the SDK coerced it.")
                .paths(Path.builder("echo")
                        .fields(TEXT, COLOUR, COUNT, ENABLED, TTL, TAGS, LABELS, SETTINGS, AT, PASSWORD)
                        .operation(Operation.READ, "Echo the query parameters.", FieldTypesBackend::echo)
                        .operation(Operation.UPDATE, "Echo the body.", FieldTypesBackend::echo)
                        .helpSynopsis("Echo typed fields.")
                        .helpDescription("Answers with each field's value after coercion; a sensitive field"
                                + " is only reported as set or not.")
                        .build())
                .build();
    }

    private static Response echo(Request request, FieldData data) {
        Map<String, Object> echoed = new LinkedHashMap<>();
        for (Field<?> field : List.of(TEXT, COLOUR, COUNT, ENABLED, TTL, TAGS, LABELS, SETTINGS, AT)) {
            data.getOptional(field).ifPresent(value -> echoed.put(field.name(), value));
        }
        echoed.put("password_set", data.isSet(PASSWORD));
        return Response.of(echoed);
    }
}
