// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.tidy;

import java.time.Duration;
import java.time.Instant;

/**
 * One kind of clean-up that {@code tidy} and the periodic hook run: expired deny-list buckets, leftover
 * opaque token records, fully retired signing keys. Tasks are idempotent and safe on every node.
 */
public interface TidyTask {
    /** What it prunes, as reported in {@code tidy/status}, e.g. {@code deny_list_entries}. */
    String name();

    /** Prunes what expired before {@code now}; returns how many storage entries it deleted. */
    int tidy(Instant now);

    /**
     * How often the periodic hook (about once a minute) runs this task: zero for every tick. An explicit
     * {@code tidy} always runs every task.
     */
    default Duration periodicInterval() {
        return Duration.ZERO;
    }

    /** A task from a name, an interval and a function. */
    static TidyTask of(String name, Duration periodicInterval, java.util.function.ToIntFunction<Instant> body) {
        return new TidyTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int tidy(Instant now) {
                return body.applyAsInt(now);
            }

            @Override
            public Duration periodicInterval() {
                return periodicInterval;
            }
        };
    }
}
