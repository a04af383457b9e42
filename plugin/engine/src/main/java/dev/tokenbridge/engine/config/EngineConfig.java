// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The mount's configuration, as stored under {@code config}. Durations are kept in whole seconds.
 *
 * @param issuer the {@code iss} claim and the discovery base URL; empty until configured
 * @param defaultAlgorithm the signing algorithm roles use unless they name one
 * @param rotationPeriodSeconds how often signing keys rotate
 * @param jwksMaxAgeSeconds how long verifiers may cache the JWKS
 * @param allowedClockSkewSeconds how far verifier clocks may be off
 * @param denyListMaxAgeSeconds how long verifiers may cache the deny-list feed
 */
public record EngineConfig(String issuer, String defaultAlgorithm, long rotationPeriodSeconds,
        long jwksMaxAgeSeconds, long allowedClockSkewSeconds, long denyListMaxAgeSeconds) {

    public static final String DEFAULT_ALGORITHM = "RS256";
    public static final Duration DEFAULT_ROTATION_PERIOD = Duration.ofHours(24);
    public static final Duration DEFAULT_JWKS_MAX_AGE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DENY_LIST_MAX_AGE = Duration.ofSeconds(15);

    public EngineConfig {
        issuer = Objects.requireNonNullElse(issuer, "");
        defaultAlgorithm = Objects.requireNonNullElse(defaultAlgorithm, DEFAULT_ALGORITHM);
    }

    /** The configuration of a mount nobody has configured yet. */
    public static EngineConfig defaults() {
        return new EngineConfig("", DEFAULT_ALGORITHM, DEFAULT_ROTATION_PERIOD.toSeconds(),
                DEFAULT_JWKS_MAX_AGE.toSeconds(), DEFAULT_CLOCK_SKEW.toSeconds(), DEFAULT_DENY_LIST_MAX_AGE.toSeconds());
    }

    public Duration rotationPeriod() {
        return Duration.ofSeconds(rotationPeriodSeconds);
    }

    public Duration jwksMaxAge() {
        return Duration.ofSeconds(jwksMaxAgeSeconds);
    }

    public Duration allowedClockSkew() {
        return Duration.ofSeconds(allowedClockSkewSeconds);
    }

    public Duration denyListMaxAge() {
        return Duration.ofSeconds(denyListMaxAgeSeconds);
    }

    /** The configuration as the API returns it (durations in seconds, like Vault's own engines). */
    public Map<String, Object> toResponseData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issuer", issuer);
        data.put("default_algorithm", defaultAlgorithm);
        data.put("rotation_period", rotationPeriodSeconds);
        data.put("jwks_max_age", jwksMaxAgeSeconds);
        data.put("allowed_clock_skew", allowedClockSkewSeconds);
        data.put("deny_list_max_age", denyListMaxAgeSeconds);
        return data;
    }
}
