// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.ExistenceCheck;
import dev.tokenbridge.sdk.logical.InvalidRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.OperationNotSupportedException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import dev.tokenbridge.sdk.logical.UnsupportedPathException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves requests addressed to paths: routing, merging captures into the data, field validation,
 * help (per path and for the root) and the existence check. Immutable and thread-safe.
 */
final class PathDispatcher {
    static final String REPLACED_WARNING =
            "Endpoint replaced the value of these parameters with the values captured from the endpoint's path: ";

    private final List<Path> paths;
    private final Router router;
    private final String version;
    private final SpecialPaths special;

    PathDispatcher(List<Path> paths, String version, SpecialPaths special) {
        this.paths = List.copyOf(paths);
        this.router = new Router(paths);
        this.version = version;
        this.special = special;
    }

    /** A request's validated data and the parameters whose body value a capture replaced. */
    private record Prepared(FieldData data, List<String> replaced) {}

    Response handle(Request request) {
        Router.Route route = route(request);
        Path path = route.path();
        Operation op = request.operation();
        if (op == Operation.HELP) {
            return help(path, request);
        }
        PathOperation operation = path.operations().get(op);
        if (operation == null && op == Operation.CREATE) {
            // NOTE: a path that only updates takes creates too, as in the Go framework.
            operation = path.operations().get(Operation.UPDATE);
        }
        if (operation == null) {
            throw new OperationNotSupportedException("unsupported operation");
        }
        Prepared prepared = prepare(route, request);
        Handler handler = operation.handler();
        Response response = Guard.call(op.wireName() + " handler of " + path.pattern(), request,
                () -> handler.handle(request, prepared.data()));
        if (response != null && !prepared.replaced().isEmpty()) {
            response = response.withWarning(REPLACED_WARNING + "[" + String.join(" ", prepared.replaced()) + "]");
        }
        return response;
    }

    ExistenceCheck existenceCheck(Request request) {
        if (request.operation() != Operation.CREATE && request.operation() != Operation.UPDATE) {
            throw new InvalidRequestException("existence checks are for create and update only");
        }
        Router.Route route = route(request);
        Optional<ExistenceCheckFunction> check = route.path().existenceCheck();
        if (check.isEmpty()) {
            return ExistenceCheck.notChecked();
        }
        FieldData data;
        try {
            data = prepare(route, request).data();
        } catch (BadRequestException invalid) {
            // NOTE: Vault answers 500 to any existence-check error but its own UserError kind. Answering
            // "no check" lets the write through as an update, whose validation then fails with a 400.
            return ExistenceCheck.notChecked();
        }
        FieldData checked = data;
        boolean exists = Guard.call("existence check of " + route.path().pattern(), request,
                () -> check.get().exists(request, checked));
        return ExistenceCheck.checked(exists);
    }

    private Router.Route route(Request request) {
        return router.route(request.path()).orElseThrow(() -> new UnsupportedPathException("unsupported path"));
    }

    private static Prepared prepare(Router.Route route, Request request) {
        Map<String, Object> merged = new LinkedHashMap<>(request.data());
        List<String> replaced = new ArrayList<>();
        route.captures().forEach((name, value) -> {
            if (merged.get(name) != null) {
                replaced.add(name);
            }
            merged.put(name, value);
        });
        Collections.sort(replaced);
        Operation op = request.operation();
        boolean enforceRequired = op == Operation.CREATE || op == Operation.UPDATE;
        Path path = route.path();
        FieldData data = FieldData.validate(path.fields(), merged, enforceRequired, !path.takesArbitraryInput());
        return new Prepared(data, replaced);
    }

    private Response help(Path path, Request request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("help", HelpText.forPath(path, request.path()));
        data.put("see_also", List.of());
        data.put("openapi", OpenApi.document(version, List.of(path), special, requestResponsePrefix(request)));
        return Response.of(data);
    }

    /**
     * Root help: the backend's help, its paths and the OpenAPI document of them all.
     * NOTE: Vault's sys/internal/specs/openapi sends this to every mount and fails as a whole if one
     * mount errors, so this always answers, if need be without OpenAPI.
     */
    Response rootHelp(Request request, String backendHelp) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("help", HelpText.forBackend(backendHelp, paths));
        data.put("see_also", List.of());
        try {
            data.put("openapi", OpenApi.document(version, paths, special, requestResponsePrefix(request)));
        } catch (RuntimeException e) {
            Guard.LOG.warn("error generating OpenAPI", "error", e.getClass().getName());
        }
        return Response.of(data);
    }

    /** The prefix Vault asks operation ids to start with (the mount's plugin type), or {@code ""}. */
    static String requestResponsePrefix(Request request) {
        return request.data().get("requestResponsePrefix") instanceof String prefix ? prefix : "";
    }
}
