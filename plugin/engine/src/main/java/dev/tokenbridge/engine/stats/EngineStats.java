// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what this mount did since the plugin process started, by role. They live in memory only
 * (each node and each restart counts afresh, as Prometheus counters do). Thread-safe.
 */
public final class EngineStats {
    /** What is counted. */
    public enum Counter {
        ISSUED("issued"),
        RENEWED("renewed"),
        /** Revoked before {@code exp}: a deny-list entry, a watermark hit, or a deleted opaque record. */
        REVOKED_EARLY("revoked_early"),
        /** The lease's revoke at (or after) the token's natural expiry: nothing to remember. */
        REVOKED_NATURAL("revoked_natural"),
        INTROSPECTED_ACTIVE("introspected_active"),
        INTROSPECTED_INACTIVE("introspected_inactive");

        private final String key;

        Counter(String key) {
            this.key = key;
        }

        /** The name in the JSON output. */
        public String key() {
            return key;
        }
    }

    private final Instant startedAt;
    private final Map<Counter, ConcurrentHashMap<String, LongAdder>> counts = new EnumMap<>(Counter.class);

    public EngineStats(Instant startedAt) {
        this.startedAt = startedAt;
        for (Counter counter : Counter.values()) {
            counts.put(counter, new ConcurrentHashMap<>());
        }
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Counts one event for a role ({@code ""} when the role is not known, e.g. an unrecognised token). */
    public void increment(Counter counter, String role) {
        counts.get(counter).computeIfAbsent(role, r -> new LongAdder()).increment();
    }

    /** The counts of one counter by role, sorted by role. */
    public Map<String, Long> byRole(Counter counter) {
        Map<String, Long> out = new TreeMap<>();
        counts.get(counter).forEach((role, adder) -> out.put(role, adder.sum()));
        return Collections.unmodifiableMap(out);
    }

    /** The sum of one counter over all roles. */
    public long total(Counter counter) {
        return counts.get(counter).values().stream().mapToLong(LongAdder::sum).sum();
    }
}
