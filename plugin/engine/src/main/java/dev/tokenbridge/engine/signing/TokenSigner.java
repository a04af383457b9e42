// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import java.util.Map;

/**
 * Signs JWTs with the active key of an algorithm's key ring (creating the ring on first use), so
 * the code that builds claims never touches keys or the JOSE library.
 */
public interface TokenSigner {
    /**
     * Signs {@code claims} with the active key for {@code algorithm}.
     *
     * @param algorithm one of RS256, RS384, RS512, PS256, ES256, ES384, EdDSA
     * @param type the {@code typ} header, e.g. {@code at+jwt}
     * @param claims JSON-compatible claim values (strings, numbers, booleans, lists, maps); must include a
     *     numeric {@code exp} (unix seconds), which keeps the signing key published until the token expires
     * @throws dev.tokenbridge.sdk.logical.PluginException on failure (never a checked exception); a
     *     {@code BadRequestException} naming {@code algorithm} for an unknown algorithm
     */
    SignedToken sign(String algorithm, String type, Map<String, Object> claims);

    /**
     * A signed token: the compact JWS and the id of the key that signed it.
     *
     * @param compact the token; never logged
     * @param kid the signing key's id
     */
    record SignedToken(String compact, String kid) {
        @Override
        public String toString() {
            return "SignedToken[kid=" + kid + "]";
        }
    }
}
