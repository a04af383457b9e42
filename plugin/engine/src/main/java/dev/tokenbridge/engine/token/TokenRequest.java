// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import dev.tokenbridge.sdk.logical.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a token is made of, settled before it is issued: claims already resolved and checked,
 * times in whole seconds. Immutable.
 *
 * @param role the role name (the {@code client_id} claim)
 * @param issuer the {@code iss} claim; empty leaves it out (opaque tokens without a configured issuer)
 * @param scope the space-separated {@code scope} claim; empty leaves it out
 * @param claims the role's and the caller's extra claims
 * @param issuedAt {@code iat} and {@code nbf}
 * @param ttl the lifetime: {@code exp = iat + ttl}
 * @param maxTtl how far an opaque token may be renewed, from {@code iat}
 * @param algorithm the signing algorithm (JWTs)
 * @param typ the {@code typ} header (JWTs)
 */
public record TokenRequest(String role, String issuer, String subject, List<String> audience, String scope,
        Map<String, Object> claims, Instant issuedAt, Duration ttl, Duration maxTtl, String algorithm, String typ) {

    public TokenRequest {
        Objects.requireNonNull(role, "role");
        issuer = Objects.requireNonNullElse(issuer, "");
        Objects.requireNonNull(subject, "subject");
        audience = List.copyOf(audience);
        scope = Objects.requireNonNullElse(scope, "");
        claims = Json.immutableCopy(claims);
        if (issuedAt.getNano() != 0) {
            throw new IllegalArgumentException("issuedAt must be whole seconds");
        }
        if (ttl.isNegative() || ttl.isZero() || maxTtl.compareTo(ttl) < 0) {
            throw new IllegalArgumentException("expected 0 < ttl <= maxTtl");
        }
    }

    public Instant expiresAt() {
        return issuedAt.plus(ttl);
    }

    public Instant maxExpiresAt() {
        return issuedAt.plus(maxTtl);
    }

    /**
     * The token's claims: the registered ones first ({@code aud} is a string for one audience and a list
     * for several), then the extra claims.
     */
    public Map<String, Object> claims(String jti) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (!issuer.isEmpty()) {
            all.put("iss", issuer);
        }
        all.put("sub", subject);
        if (audience.size() == 1) {
            all.put("aud", audience.get(0));
        } else if (!audience.isEmpty()) {
            all.put("aud", audience);
        }
        all.put("iat", issuedAt.getEpochSecond());
        all.put("nbf", issuedAt.getEpochSecond());
        all.put("exp", expiresAt().getEpochSecond());
        all.put("jti", jti);
        all.put("client_id", role);
        if (!scope.isEmpty()) {
            all.put("scope", scope);
        }
        all.putAll(claims);
        return all;
    }
}
