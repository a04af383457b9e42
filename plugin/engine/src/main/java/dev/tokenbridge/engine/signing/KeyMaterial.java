// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.logical.InternalException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * A stored key parsed once for use: the JDK keys and the public JWK. Derived data only, cached in
 * memory and dropped when storage changes. Immutable.
 *
 * @param kid the key id
 * @param algorithm the key's algorithm
 * @param privateKey signs; never printed
 * @param publicKey verifies
 * @param publicJwk the JWK the JWKS publishes (public members only)
 */
record KeyMaterial(String kid, Algorithm algorithm, PrivateKey privateKey, PublicKey publicKey,
        Map<String, Object> publicJwk) {
    KeyMaterial {
        publicJwk = Map.copyOf(publicJwk);
    }

    /**
     * Parses a stored key.
     *
     * @throws InternalException if the stored encoding is unreadable (the message names the kid only)
     */
    static KeyMaterial parse(SigningKey key) {
        try {
            KeyFactory factory = KeyFactory.getInstance(key.algorithm().keyAlgorithm());
            Base64.Decoder base64 = Base64.getDecoder();
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(base64.decode(key.publicKey())));
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(key.privateKey())));
            return new KeyMaterial(key.kid(), key.algorithm(), privateKey, publicKey,
                    JwtSigner.publicJwk(key.algorithm(), key.kid(), publicKey));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // NOTE: the cause is not attached; parser messages could quote the encoding they choked on.
            throw new InternalException("stored signing key " + key.kid() + " (" + key.algorithm()
                    + ") cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Identity only: the private key is never printed. */
    @Override
    public String toString() {
        return "KeyMaterial[kid=" + kid + ", " + algorithm + "]";
    }
}
