// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import java.util.Map;
import java.util.Optional;

/**
 * Checks the signature of a JWT against the keys this mount publishes in its JWKS, for introspection and
 * revocation by token. Only the signature (and that the header's {@code alg} matches the key): iss, exp,
 * nbf, jti, the deny-list and watermarks are checked by the caller. Implementations are thread-safe.
 */
@FunctionalInterface
public interface TokenVerifier {
    /**
     * The token's claims if it is a compact JWS whose signature verifies with a currently published key;
     * empty for anything else (malformed, unknown {@code kid}, retired key, bad signature). Never throws
     * for a bad token.
     */
    Optional<Map<String, Object>> verify(String compactJws);

    /** A verifier that accepts nothing: JWT introspection answers inactive until a real one is wired. */
    TokenVerifier NONE = token -> Optional.empty();
}
