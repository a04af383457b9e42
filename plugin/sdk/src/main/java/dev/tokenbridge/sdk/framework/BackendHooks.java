// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.Request;
import java.util.function.Consumer;

/**
 * A backend's lifecycle hooks and how their failures are handled: initialize fails the mount,
 * periodic, invalidate and cleanup failures are only logged (Vault could do nothing with them),
 * except a {@link ReadOnlyStorageException} from the periodic hook. Immutable and thread-safe if the
 * hooks are.
 */
record BackendHooks(Consumer<Request> periodic, Consumer<String> invalidate, Runnable initialize, Runnable cleanup) {
    static final BackendHooks NONE = new BackendHooks(request -> { }, key -> { }, () -> { }, () -> { });

    void runPeriodic(Request request) {
        try {
            periodic.accept(request);
        } catch (ReadOnlyStorageException e) {
            // Vault recognises this error on standbys and ignores it; it must arrive unchanged.
            throw e;
        } catch (RuntimeException e) {
            Guard.LOG.error("periodic function failed", e);
        }
    }

    void runInitialize() {
        Guard.call("initialize hook", () -> {
            initialize.run();
            return null;
        });
    }

    void runInvalidate(String key) {
        try {
            invalidate.accept(key);
        } catch (RuntimeException e) {
            Guard.LOG.error("invalidate hook failed", e, "key", key);
        }
    }

    void runCleanup() {
        try {
            cleanup.run();
        } catch (RuntimeException e) {
            Guard.LOG.error("cleanup hook failed", e);
        }
    }
}
