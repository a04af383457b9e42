// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.Request;
import java.util.function.Supplier;

/**
 * Runs backend code so that only {@link PluginException}s leave it: any other exception is logged with
 * its cause and replaced by an {@link InternalException} with the generic message, because exception
 * messages may hold secrets or internals that must not reach clients. Stateless.
 */
final class Guard {
    static final Log LOG = Log.named("framework");

    private Guard() {}

    /** Runs code that serves a request; only the request's identity is logged, never its data. */
    static <T> T call(String what, Request request, Supplier<T> body) {
        return call(what, body, "operation", request.operation().wireName(), "path", request.path(),
                "request_id", request.id());
    }

    /** Runs code, logging {@code keyValues} (which must hold no secrets) if it fails unexpectedly. */
    static <T> T call(String what, Supplier<T> body, Object... keyValues) {
        try {
            return body.get();
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("unexpected error in " + what, e, keyValues);
            throw new InternalException(InternalException.GENERIC_MESSAGE);
        }
    }
}
