// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A token just issued, with the facts its lease keeps. Immutable; {@link #toString()} never shows the
 * token.
 *
 * @param token the bearer token itself
 * @param kid the signing key's id (JWTs); empty for opaque tokens
 * @param maxExpiresAt how far the lease may be renewed (opaque); equal to {@code expiresAt} for JWTs
 * @param tokenHash the SHA-256 under which an opaque token is stored; empty for JWTs
 */
public record IssuedToken(String token, TokenFormat format, String jti, String kid, Instant issuedAt,
        Instant expiresAt, Instant maxExpiresAt, String scope, String tokenHash) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(jti, "jti");
        kid = Objects.requireNonNullElse(kid, "");
        scope = Objects.requireNonNullElse(scope, "");
        tokenHash = Objects.requireNonNullElse(tokenHash, "");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + format.wireName() + ", jti=" + jti + ", kid=" + kid + ", exp=" + expiresAt + "]";
    }
}
