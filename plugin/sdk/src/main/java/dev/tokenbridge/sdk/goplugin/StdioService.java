// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import com.google.protobuf.Empty;
import dev.tokenbridge.proto.goplugin.GRPCStdioGrpc;
import dev.tokenbridge.proto.goplugin.StdioData;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's stdio forwarding. Vault discards what arrives here, and our logs already reach it on
 * stderr, so the stream stays open and silent until Vault cancels it.
 */
public final class StdioService extends GRPCStdioGrpc.GRPCStdioImplBase {
    @Override
    public void streamStdio(Empty request, StreamObserver<StdioData> stream) {
        // Intentionally never completes: the call ends when Vault cancels it or the process exits.
    }
}
