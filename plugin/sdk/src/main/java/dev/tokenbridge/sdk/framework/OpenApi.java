// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the OpenAPI 3.0.2 document of some paths, in the shape Vault's Go framework produces and
 * {@code sys/internal/specs/openapi} merges: {@code /roles/{name}} path items with their parameters,
 * {@code get}/{@code post}/{@code delete}/{@code patch} operations, list operations on a separate
 * path with a trailing slash, and request bodies as component schemas. Stateless.
 */
final class OpenApi {
    static final String VERSION = "3.0.2";

    private OpenApi() {}

    /** A whole document for these paths; {@code prefix} starts operation ids (Vault sends the mount type). */
    static Map<String, Object> document(String version, List<Path> paths, SpecialPaths special, String prefix) {
        Map<String, Object> items = new TreeMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        for (Path path : paths) {
            describe(path, special, prefix, items, schemas);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "HashiCorp Vault API");
        info.put("description", "HTTP API that gives you full access to Vault. All API routes are prefixed with `/v1/`.");
        info.put("version", version);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", VERSION);
        doc.put("info", info);
        doc.put("paths", items);
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    private static void describe(Path path, SpecialPaths special, String prefix, Map<String, Object> items,
            Map<String, Object> schemas) {
        Optional<String> converted = path.compiled().openApiPath();
        String description = OpenApiSchemas.clean(path.helpSynopsis());
        if (converted.isEmpty()) {
            // NOTE: as in Go, a pattern OpenAPI cannot express is listed without operations, so that
            // readers still see that the endpoint exists.
            String anchored = path.compiled().anchored();
            items.put("/" + anchored.substring(1, anchored.length() - 1), Map.of("description", description));
            return;
        }
        String route = converted.get();
        Set<String> captures = Set.copyOf(path.compiled().captureNames());
        List<Object> parameters = path.fields().stream()
                .filter(field -> captures.contains(field.name()))
                .sorted(Comparator.comparing(Field::name))
                .map(OpenApiSchemas::pathParameter)
                .map(Object.class::cast)
                .toList();

        Map<String, Object> item = pathItem(description, parameters, route, special);
        if (path.operations().containsKey(Operation.CREATE)) {
            item.put("x-vault-createSupported", true);
        }
        Map<String, Object> list = null;
        boolean others = false;
        for (Map.Entry<Operation, PathOperation> entry : path.operations().entrySet()) {
            Operation op = entry.getKey();
            String method = method(op);
            if (method == null || (op == Operation.CREATE && path.operations().containsKey(Operation.UPDATE))) {
                continue;
            }
            Map<String, Object> operation =
                    OpenApiSchemas.operation(path, op, entry.getValue().summary(), route, prefix, captures, schemas);
            if (op == Operation.LIST) {
                list = operation;
            } else if (!route.endsWith("/")) {
                // Vault routes a path with a trailing slash only to list, so other operations there are unreachable.
                item.put(method, operation);
                others = true;
            }
        }
        if (list == null || others) {
            items.put("/" + route, item);
        }
        if (list != null) {
            String listRoute = route.endsWith("/") ? route : route + "/";
            Map<String, Object> listItem = pathItem(description, parameters, listRoute, special);
            listItem.put("get", list);
            items.put("/" + listRoute, listItem);
            schemas.put("StandardListResponse", OpenApiSchemas.standardListResponse());
        }
    }

    private static Map<String, Object> pathItem(String description, List<Object> parameters, String route,
            SpecialPaths special) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("description", description);
        if (!parameters.isEmpty()) {
            item.put("parameters", parameters);
        }
        if (specialPathMatch(route, special.root())) {
            item.put("x-vault-sudo", true);
        }
        if (specialPathMatch(route, special.unauthenticated())) {
            item.put("x-vault-unauthenticated", true);
        }
        return item;
    }

    private static String method(Operation op) {
        switch (op) {
            case READ:
            case LIST:
                return "get";
            case CREATE:
            case UPDATE:
                return "post";
            case DELETE:
                return "delete";
            case PATCH:
                return "patch";
            default:
                return null;
        }
    }

    /** Vault's special-path rules: exact, prefix with a trailing {@code *}, or {@code +} for one segment. */
    static boolean specialPathMatch(String path, List<String> specialPaths) {
        String[] parts = path.split("/", -1);
        for (String special : specialPaths) {
            if (special.equals(path)) {
                return true;
            }
            if (special.endsWith("*") && path.startsWith(special.substring(0, special.length() - 1))) {
                return true;
            }
            if (special.contains("+") && matchesByParts(parts, special.split("/", -1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesByParts(String[] parts, String[] specialParts) {
        if (parts.length < specialParts.length) {
            return false;
        }
        for (int i = 0; i < specialParts.length; i++) {
            String pattern = specialParts[i];
            if (pattern.equals("+")) {
                continue;
            }
            if (pattern.equals("*")
                    || (pattern.endsWith("*") && parts[i].startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
            if (!pattern.equals(parts[i])) {
                return false;
            }
        }
        return parts.length == specialParts.length;
    }
}
