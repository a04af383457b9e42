// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.sdk.logical.LogicalBackend;
import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;

/** One mount served by this process: its backend and the brokered channel back to Vault. */
record Mount(LogicalBackend backend, ManagedChannel vault) {
    /** Runs the backend's cleanup and closes the channel; never throws. */
    void close() {
        try {
            backend.cleanup();
        } finally {
            vault.shutdown();
            try {
                if (!vault.awaitTermination(1, TimeUnit.SECONDS)) {
                    vault.shutdownNow();
                }
            } catch (InterruptedException e) {
                vault.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
