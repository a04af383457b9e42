// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import dev.tokenbridge.sdk.logical.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is stored for an opaque token (under the SHA-256 of the token, never the token itself). Times are
 * unix seconds; {@code exp} moves when the lease is renewed, never past {@code maxExp}. Immutable.
 *
 * @param claims the claims introspection reports, as issued ({@code exp} there is the first expiry)
 * @param ttlSeconds the lifetime a renewal without an increment extends by
 */
public record OpaqueTokenRecord(String role, Map<String, Object> claims, long iat, long exp, long maxExp,
        long ttlSeconds, String jti) {

    public OpaqueTokenRecord {
        Objects.requireNonNull(role, "role");
        claims = Json.immutableCopy(claims);
        jti = Objects.requireNonNullElse(jti, "");
    }

    /** The same token with a new expiry. */
    public OpaqueTokenRecord withExp(long newExp) {
        return new OpaqueTokenRecord(role, claims, iat, newExp, maxExp, ttlSeconds, jti);
    }

    /** The claims as introspection reports them, with the current {@code exp}. */
    public Map<String, Object> currentClaims() {
        Map<String, Object> current = new LinkedHashMap<>(claims);
        current.put("exp", exp);
        return current;
    }
}
