// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.engine.config.EngineConfig;

/**
 * The publication windows of signing keys, in whole seconds, computed from the mount's configuration.
 *
 * <ul>
 *   <li>A new key is published at its creation and signs no earlier than
 *       {@code created + jwks_max_age + allowed_clock_skew}: every verifier that caches the JWKS for at
 *       most {@code jwks_max_age} has fetched it by then; the skew is slack for delivery delays.</li>
 *   <li>A key stops signing at {@code deactivatesAt} and stays published until
 *       {@code deactivatesAt + maxTtl + allowed_clock_skew + jwks_max_age}, where {@code maxTtl} is the
 *       longest lifetime of any token the key signed (a high-water mark kept on the key).</li>
 * </ul>
 *
 * @param rotationPeriodSeconds how long a key signs before its successor takes over
 * @param jwksMaxAgeSeconds how long verifiers may cache the JWKS
 * @param clockSkewSeconds how far verifier clocks may be off
 */
public record RotationPolicy(long rotationPeriodSeconds, long jwksMaxAgeSeconds, long clockSkewSeconds) {
    public RotationPolicy {
        if (rotationPeriodSeconds <= 0 || jwksMaxAgeSeconds < 0 || clockSkewSeconds < 0) {
            throw new IllegalArgumentException("rotation period must be positive, max age and skew not negative");
        }
    }

    public static RotationPolicy of(EngineConfig config) {
        return new RotationPolicy(config.rotationPeriodSeconds(), config.jwksMaxAgeSeconds(),
                config.allowedClockSkewSeconds());
    }

    /** The earliest time a key created at {@code createdAt} may sign. */
    long earliestActivation(long createdAt) {
        return createdAt + jwksMaxAgeSeconds + clockSkewSeconds;
    }

    /** Until when a key that stopped signing at {@code deactivatesAt} stays in the JWKS. */
    long publishedUntil(long deactivatesAt, long maxTtlSeconds) {
        return deactivatesAt + maxTtlSeconds + clockSkewSeconds + jwksMaxAgeSeconds;
    }
}
