// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.sdk.logical.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A role, as stored under {@code roles/<name>}: what tokens issued under it contain and how long they
 * live. Durations are whole seconds; zero means "the mount's default" ({@code ttl}) or "the mount's
 * maximum" ({@code max_ttl}), resolved when a token is issued. Immutable.
 *
 * @param algorithm the signing algorithm, or empty for the configured default
 * @param subject the {@code sub} template
 * @param claims the claims template (a JSON object)
 * @param typ the JWT {@code typ} header
 */
public record Role(String name, String tokenFormat, long ttlSeconds, long maxTtlSeconds, String algorithm,
        List<String> audience, String subject, Map<String, Object> claims, List<String> scopes,
        List<String> allowedRequestClaims, String typ) {

    public static final String DEFAULT_SUBJECT = "{{identity.entity.id}}";
    public static final String DEFAULT_TYP = "at+jwt";

    public Role {
        Objects.requireNonNull(name, "name");
        tokenFormat = Objects.requireNonNullElse(tokenFormat, TokenFormat.JWT.wireName());
        algorithm = Objects.requireNonNullElse(algorithm, "");
        audience = audience == null ? List.of() : List.copyOf(audience);
        subject = Objects.requireNonNullElse(subject, DEFAULT_SUBJECT);
        claims = Json.immutableCopy(claims);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        allowedRequestClaims = allowedRequestClaims == null ? List.of() : List.copyOf(allowedRequestClaims);
        typ = Objects.requireNonNullElse(typ, DEFAULT_TYP);
    }

    /** The token format; a stored value this version does not know reads as JWT. */
    public TokenFormat format() {
        return TokenFormat.fromWire(tokenFormat).orElse(TokenFormat.JWT);
    }

    public Duration ttl() {
        return Duration.ofSeconds(ttlSeconds);
    }

    public Duration maxTtl() {
        return Duration.ofSeconds(maxTtlSeconds);
    }

    /** The role as {@code vault read} shows it (durations in seconds, like Vault's own engines). */
    public Map<String, Object> toResponseData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token_format", tokenFormat);
        data.put("ttl", ttlSeconds);
        data.put("max_ttl", maxTtlSeconds);
        data.put("algorithm", algorithm);
        data.put("audience", audience);
        data.put("subject", subject);
        data.put("claims", claims);
        data.put("scopes", scopes);
        data.put("allowed_request_claims", allowedRequestClaims);
        data.put("typ", typ);
        return data;
    }
}
