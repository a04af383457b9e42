// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import dev.tokenbridge.proto.goplugin.Empty;
import dev.tokenbridge.proto.goplugin.GRPCControllerGrpc;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's controller: Vault asks the plugin to shut down and SIGKILLs it 2 s later, so we answer
 * first and then stop the process from another thread.
 */
public final class ControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {
    private final Runnable shutdown;

    /** @param shutdown stops the server and exits the process; must not block the caller for long */
    public ControllerService(Runnable shutdown) {
        this.shutdown = shutdown;
    }

    @Override
    public void shutdown(Empty request, StreamObserver<Empty> reply) {
        reply.onNext(Empty.getDefaultInstance());
        reply.onCompleted();
        Thread stopper = new Thread(shutdown, "plugin-shutdown");
        stopper.setDaemon(false);
        stopper.start();
    }
}
