// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Vault tags every backend call with the mount's {@code multiplex_id} in gRPC metadata; with
 * multiplexing one process serves many mounts and this id says which. The interceptor puts it into
 * the call's {@link Context} so handlers can read {@link #current()}.
 */
public final class MultiplexId implements ServerInterceptor {
    /** The id used when Vault sends none (a plugin driven without multiplexing metadata). */
    public static final String SINGLE = "single";

    private static final Metadata.Key<String> HEADER = Metadata.Key.of("multiplex_id", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> KEY = Context.key("multiplex_id");

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        String id = headers.get(HEADER);
        Context context = Context.current().withValue(KEY, id == null || id.isEmpty() ? SINGLE : id);
        return Contexts.interceptCall(context, call, headers, next);
    }

    /** The multiplex id of the call being handled. */
    public static String current() {
        String id = KEY.get();
        return id == null ? SINGLE : id;
    }
}
