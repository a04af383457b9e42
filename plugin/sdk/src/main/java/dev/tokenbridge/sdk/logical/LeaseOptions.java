// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The lease part of a secret. Durations travel as Go nanoseconds on the wire; {@link Duration#ZERO}
 * means "not set" (Vault then applies the mount default). {@code issueTime} is when the lease began.
 *
 * @param ttl how long the lease lasts from now
 * @param maxTtl the cap on the lease's whole life from {@code issueTime}; zero for the mount maximum
 * @param renewable whether {@code vault lease renew} may extend it
 * @param increment the extension a renew request asked for (zero if none); only set on requests
 * @param issueTime when the lease was first issued
 */
public record LeaseOptions(Duration ttl, Duration maxTtl, boolean renewable, Duration increment, Instant issueTime) {
    public LeaseOptions {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(maxTtl, "maxTtl");
        Objects.requireNonNull(increment, "increment");
        Objects.requireNonNull(issueTime, "issueTime");
        if (ttl.isNegative() || maxTtl.isNegative() || increment.isNegative()) {
            throw new IllegalArgumentException("lease durations must not be negative");
        }
    }

    /** Options for a new lease issued now. */
    public static LeaseOptions issued(Duration ttl, Duration maxTtl, boolean renewable, Instant now) {
        return new LeaseOptions(ttl, maxTtl, renewable, Duration.ZERO, now);
    }
}
