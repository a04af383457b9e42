// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the path a request addresses: the first whose pattern matches wins. Immutable and thread-safe. */
final class Router {
    /** A matched path and the values its named groups captured, by field name. */
    record Route(Path path, Map<String, String> captures) {
        Route {
            captures = Map.copyOf(captures);
        }
    }

    private final List<Path> paths;

    Router(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    Optional<Route> route(String requestPath) {
        for (Path path : paths) {
            Map<String, String> captures = path.compiled().match(requestPath);
            if (captures != null) {
                return Optional.of(new Route(path, captures));
            }
        }
        return Optional.empty();
    }
}
