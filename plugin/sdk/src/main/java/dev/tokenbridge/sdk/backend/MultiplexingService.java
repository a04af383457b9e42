// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.proto.multiplexing.MultiplexingSupportRequest;
import dev.tokenbridge.proto.multiplexing.MultiplexingSupportResponse;
import dev.tokenbridge.proto.multiplexing.PluginMultiplexingGrpc;
import io.grpc.stub.StreamObserver;

/**
 * Tells Vault that one plugin process can serve every mount of this plugin. A JVM costs far more to
 * start and to keep than a Go binary, so we always say yes.
 */
public final class MultiplexingService extends PluginMultiplexingGrpc.PluginMultiplexingImplBase {
    @Override
    public void multiplexingSupport(MultiplexingSupportRequest request,
            StreamObserver<MultiplexingSupportResponse> reply) {
        reply.onNext(MultiplexingSupportResponse.newBuilder().setSupported(true).build());
        reply.onCompleted();
    }
}
