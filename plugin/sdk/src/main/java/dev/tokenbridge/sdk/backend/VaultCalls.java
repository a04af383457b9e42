// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How every call back into Vault is made: a deadline (the request's own, or this one if sooner) and
 * one mapping of failures onto {@link dev.tokenbridge.sdk.logical.PluginException}s.
 */
final class VaultCalls {
    /** The longest any single storage or system-view call may take. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private VaultCalls() {}

    /** Runs one RPC, turning transport failures into internal errors that name the operation. */
    static <T> T call(String operation, Supplier<T> rpc) {
        try {
            return rpc.get();
        } catch (StatusRuntimeException e) {
            throw new InternalException("vault " + operation + " failed: " + e.getStatus(), e);
        }
    }

    /** Fails if Vault answered with an error string; Vault's read-only text passes through unchanged. */
    static void checkError(String operation, String error) {
        if (error == null || error.isEmpty()) {
            return;
        }
        if (error.equals(ReadOnlyStorageException.VAULT_MESSAGE)) {
            throw new ReadOnlyStorageException();
        }
        throw new InternalException("vault " + operation + " failed: " + error);
    }
}
