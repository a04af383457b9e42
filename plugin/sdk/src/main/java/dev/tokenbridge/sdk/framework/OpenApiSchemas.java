// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The pieces of an OpenAPI document: operations, parameters and field schemas. Stateless. */
final class OpenApiSchemas {
    private static final String LIST_RESPONSE_REF = "#/components/schemas/StandardListResponse";

    private OpenApiSchemas() {}

    /** One operation object; request body schemas are added to {@code schemas}. */
    static Map<String, Object> operation(Path path, Operation op, String summary, String route, String prefix,
            Set<String> captures, Map<String, Object> schemas) {
        String operationId = operationId(prefix, op, route);
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", clean(summary));
        operation.put("operationId", operationId);
        operation.put("tags", List.of("secrets"));
        List<Field<?>> others = path.fields().stream().filter(f -> !captures.contains(f.name())).toList();
        List<Map<String, Object>> parameters = new ArrayList<>();
        if (op == Operation.CREATE || op == Operation.UPDATE || op == Operation.PATCH) {
            Map<String, Object> body = bodySchema(others, path.takesArbitraryInput());
            if (body.containsKey("properties")) {
                String name = titleCase(operationId) + "Request";
                schemas.put(name, body);
                operation.put("requestBody", Map.of("required", true, "content",
                        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/" + name)))));
            } else if (path.takesArbitraryInput()) {
                operation.put("requestBody", Map.of("required", true, "content",
                        Map.of("application/json", Map.of("schema", body))));
            }
        } else {
            if (op == Operation.LIST) {
                parameters.add(parameter("list", "Must be set to `true`", "query",
                        Map.of("type", "string", "enum", List.of("true")), true));
            }
            others.stream().filter(Field::query).forEach(f -> parameters.add(queryParameter(f)));
            parameters.sort(Comparator.comparing(p -> (String) p.get("name")));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        operation.put("responses", responses(op));
        return operation;
    }

    private static Map<String, Object> responses(Operation op) {
        if (op == Operation.DELETE) {
            return Map.of("204", Map.of("description", "empty body"));
        }
        if (op == Operation.LIST) {
            return Map.of("200", Map.of("description", "OK", "content",
                    Map.of("application/json", Map.of("schema", Map.of("$ref", LIST_RESPONSE_REF)))));
        }
        return Map.of("200", Map.of("description", "OK"));
    }

    private static Map<String, Object> bodySchema(List<Field<?>> fields, boolean arbitrary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "object");
        Map<String, Object> properties = new TreeMap<>();
        fields.forEach(field -> properties.put(field.name(), schema(field, true)));
        if (!properties.isEmpty()) {
            body.put("properties", properties);
        }
        List<String> required = fields.stream().filter(Field::required).map(Field::name).sorted().toList();
        if (!required.isEmpty()) {
            body.put("required", required);
        }
        if (arbitrary) {
            body.put("additionalProperties", true);
        }
        return body;
    }

    static Map<String, Object> pathParameter(Field<?> field) {
        return parameter(field.name(), clean(field.description()), "path", schema(field, false), true);
    }

    private static Map<String, Object> queryParameter(Field<?> field) {
        Map<String, Object> p = parameter(field.name(), clean(field.description()), "query", schema(field, false), false);
        if (field.deprecated()) {
            p.put("deprecated", true);
        }
        return p;
    }

    private static Map<String, Object> parameter(String name, String description, String in, Map<String, Object> schema,
            boolean required) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("description", description);
        p.put("in", in);
        p.put("schema", schema);
        if (required) {
            p.put("required", true);
        }
        return p;
    }

    /**
     * A field's schema: type, format, pattern, items, enum, default (left out for sensitive fields),
     * deprecation and display attributes.
     */
    static Map<String, Object> schema(Field<?> field, boolean withDescription) {
        FieldType type = field.type();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type.openApiType());
        if (withDescription) {
            s.put("description", clean(field.description()));
        }
        putIfNotNull(s, "format", type.openApiFormat());
        putIfNotNull(s, "pattern", type.openApiPattern());
        if (type.openApiItems() != null) {
            s.put("items", Map.of("type", type.openApiItems()));
        }
        if (!field.allowedValues().isEmpty()) {
            s.put("enum", field.allowedValues().stream().map(type::toJson).toList());
        }
        if (!field.sensitive()) {
            field.defaultValue().ifPresent(value -> s.put("default", type.toJson(value)));
        }
        if (field.deprecated()) {
            s.put("deprecated", true);
        }
        Map<String, Object> display = new LinkedHashMap<>();
        field.displayName().ifPresent(name -> display.put("name", name));
        if (field.sensitive()) {
            display.put("sensitive", true);
        }
        if (!display.isEmpty()) {
            s.put("x-vault-displayAttrs", display);
        }
        return s;
    }

    static Map<String, Object> standardListResponse() {
        return Map.of("type", "object", "properties",
                Map.of("keys", Map.of("type", "array", "items", Map.of("type", "string"))));
    }

    /** Go's operation ids: {@code <prefix>-<verb>-<path words>}, e.g. {@code tokens-write-roles-name}. */
    static String operationId(String prefix, Operation op, String route) {
        String verb = op == Operation.UPDATE || op == Operation.CREATE ? "write" : op.wireName();
        List<String> parts = new ArrayList<>();
        parts.add(prefix);
        parts.add(verb);
        parts.addAll(Arrays.asList(route.split("[^A-Za-z0-9_]+")));
        return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining("-")).toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String hyphenated) {
        return Arrays.stream(hyphenated.split("-")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    /** Trims and collapses runs of whitespace, as Go's cleanString does. */
    static String clean(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
