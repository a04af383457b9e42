// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import java.security.KeyPair;
import java.util.Base64;

/** Generates signing keys in the plugin; the key pair leaves the process only into Vault storage. */
final class KeyGenerator {
    private KeyGenerator() {}

    /** A new key for {@code algorithm} with its schedule; its id is the RFC 7638 thumbprint. */
    static SigningKey generate(Algorithm algorithm, long createdAt, long activatesAt, long maxTtlSeconds) {
        KeyPair pair = algorithm.generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        return new SigningKey(JwtSigner.thumbprint(algorithm, pair.getPublic()), algorithm, createdAt, activatesAt,
                null, maxTtlSeconds, base64.encodeToString(pair.getPublic().getEncoded()),
                base64.encodeToString(pair.getPrivate().getEncoded()));
    }
}
