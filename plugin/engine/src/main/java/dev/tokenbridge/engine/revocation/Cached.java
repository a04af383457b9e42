// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value derived from storage, loaded on first use and dropped by {@link #invalidate()} (our own
 * writes, and Vault's {@code InvalidateKey} on other nodes). A load that raced with an invalidation is
 * used once but not kept. Thread-safe.
 */
final class Cached<T> {
    private record Snapshot<T>(long generation, T value) {}

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<T> snapshot;

    Cached(Supplier<T> loader) {
        this.loader = loader;
    }

    T get() {
        long current = generation.get();
        Snapshot<T> cached = snapshot;
        if (cached != null && cached.generation() == current) {
            return cached.value();
        }
        T value = loader.get();
        if (generation.get() == current) {
            snapshot = new Snapshot<>(current, value);
        }
        return value;
    }

    void invalidate() {
        generation.incrementAndGet();
    }
}
