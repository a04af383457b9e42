// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.config;

import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** {@code config}: the mount's issuer, default algorithm, rotation and cache settings. */
public final class ConfigPath {
    static final Field<String> ISSUER = Field.string("issuer")
            .description("Issuer URL: the iss claim of every token and the base of OIDC discovery."
                    + " Required before tokens can be issued.")
            .build();
    static final Field<String> DEFAULT_ALGORITHM = Field.string("default_algorithm")
            .description("Signing algorithm for roles that do not name one.")
            .defaultValue(EngineConfig.DEFAULT_ALGORITHM)
            .allowedValues("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA")
            .build();
    static final Field<Duration> ROTATION_PERIOD = Field.duration("rotation_period")
            .description("How often signing keys rotate.")
            .defaultValue(EngineConfig.DEFAULT_ROTATION_PERIOD)
            .build();
    static final Field<Duration> JWKS_MAX_AGE = Field.duration("jwks_max_age")
            .description("How long verifiers may cache the JWKS (its Cache-Control max-age).")
            .defaultValue(EngineConfig.DEFAULT_JWKS_MAX_AGE)
            .build();
    static final Field<Duration> ALLOWED_CLOCK_SKEW = Field.duration("allowed_clock_skew")
            .description("How far a verifier's clock may differ from Vault's.")
            .defaultValue(EngineConfig.DEFAULT_CLOCK_SKEW)
            .build();
    static final Field<Duration> DENY_LIST_MAX_AGE = Field.duration("deny_list_max_age")
            .description("How long verifiers may cache the revoked feed.")
            .defaultValue(EngineConfig.DEFAULT_DENY_LIST_MAX_AGE)
            .build();

    private static final Duration MAX_CACHE_AGE = Duration.ofHours(24);
    private static final int MAX_ISSUER_LENGTH = 2048;

    private final ConfigStore store;

    public ConfigPath(ConfigStore store) {
        this.store = store;
    }

    public Path path() {
        return Path.builder("config")
                .fields(ISSUER, DEFAULT_ALGORITHM, ROTATION_PERIOD, JWKS_MAX_AGE, ALLOWED_CLOCK_SKEW, DENY_LIST_MAX_AGE)
                .existenceCheck((request, data) -> store.read().isPresent())
                .operation(Operation.READ, "Read the engine configuration.", this::read)
                .operation(Operation.CREATE, "Configure the engine.", this::write)
                .operation(Operation.UPDATE, "Change the engine configuration.", this::write)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        return Response.of(store.readOrDefaults().toResponseData());
    }

    /** Fields not sent keep their stored (or default) value. */
    private Response write(Request request, FieldData data) {
        EngineConfig current = store.readOrDefaults();
        String issuer = data.getOptional(ISSUER).map(ConfigPath::validIssuer).orElse(current.issuer());
        if (issuer.isEmpty()) {
            throw new BadRequestException("issuer: required; expected an absolute http(s) URL such as https://vault.example.com/v1/tokens");
        }
        Duration jwksMaxAge = bounded(data, JWKS_MAX_AGE, current.jwksMaxAge(), Duration.ZERO, MAX_CACHE_AGE);
        Duration rotation = data.getOptional(ROTATION_PERIOD).orElse(current.rotationPeriod());
        Duration minimumRotation = jwksMaxAge.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0
                ? jwksMaxAge.multipliedBy(2) : Duration.ofMinutes(1);
        if (rotation.compareTo(minimumRotation) < 0) {
            throw new BadRequestException("rotation_period: expected at least " + minimumRotation.toSeconds()
                    + "s (twice jwks_max_age, so a new key is published before it signs), got " + rotation.toSeconds() + "s");
        }
        EngineConfig updated = new EngineConfig(issuer,
                data.getOptional(DEFAULT_ALGORITHM).orElse(current.defaultAlgorithm()),
                rotation.toSeconds(),
                jwksMaxAge.toSeconds(),
                bounded(data, ALLOWED_CLOCK_SKEW, current.allowedClockSkew(), Duration.ZERO, Duration.ofHours(1)).toSeconds(),
                bounded(data, DENY_LIST_MAX_AGE, current.denyListMaxAge(), Duration.ZERO, Duration.ofHours(1)).toSeconds());
        store.write(updated);
        return null;
    }

    private static Duration bounded(FieldData data, Field<Duration> field, Duration current, Duration min, Duration max) {
        Duration value = data.getOptional(field).orElse(current);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new BadRequestException(field.name() + ": expected a duration between " + min.toSeconds() + "s and "
                    + max.toSeconds() + "s, got " + value.toSeconds() + "s");
        }
        return value;
    }

    static String validIssuer(String issuer) {
        String expected = "issuer: expected an absolute http(s) URL without query, fragment, user info or trailing slash";
        if (issuer.length() > MAX_ISSUER_LENGTH) {
            throw new BadRequestException(expected + " of at most " + MAX_ISSUER_LENGTH + " characters");
        }
        try {
            URI uri = new URI(issuer);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null || issuer.endsWith("/")) {
                throw new BadRequestException(expected);
            }
            return issuer;
        } catch (URISyntaxException e) {
            throw new BadRequestException(expected);
        }
    }

    private static final String HELP_SYNOPSIS = "Configure the token issuer.";
    private static final String HELP_DESCRIPTION = """
            The issuer URL becomes the iss claim of every token and the base of the OIDC discovery \
            document; set it to the address resource servers use to reach this mount, for example \
            https://vault.example.com/v1/tokens. The other settings tune key rotation and how long \
            verifiers may cache the JWKS and the revoked feed. Fields left out of a write keep their \
            current value.
            """;
}
