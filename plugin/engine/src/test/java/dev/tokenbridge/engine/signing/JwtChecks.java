// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.HexFormat;

/** Verifies tokens the way an independent resource server would: only from a fetched JWKS. */
public final class JwtChecks {
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private JwtChecks() {}

    /** Whether the token's signature verifies with the JWKS key its kid names, for the header's alg. */
    public static boolean verifies(String compact, JWKSet jwks) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            JWK jwk = jwks.getKeyByKeyId(jws.getHeader().getKeyID());
            if (jwk == null || !jws.getHeader().getAlgorithm().equals(jwk.getAlgorithm())) {
                return false;
            }
            if (jwk instanceof OctetKeyPair okp) {
                return verifyEd25519(jws, okp);
            }
            JWSVerifier verifier = jwk instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) jwk);
            return jws.verify(verifier);
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("token or JWKS unusable", e);
        }
    }

    // NOTE: nimbus' Ed25519Verifier needs Google Tink, so EdDSA is checked with the JDK directly.
    private static boolean verifyEd25519(JWSObject jws, OctetKeyPair okp) {
        try {
            byte[] x = okp.getX().decode();
            byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
            System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
            System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
            signature.update(jws.getSigningInput());
            return signature.verify(jws.getSignature().decode());
        } catch (GeneralSecurityException e) {
            throw new AssertionError("Ed25519 verification failed to run", e);
        }
    }

    /** The token's header kid. */
    public static String kid(String compact) {
        try {
            return JWSObject.parse(compact).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("not a JWS", e);
        }
    }

    /** The token's payload JSON. */
    public static String payload(String compact) {
        try {
            return new String(JWSObject.parse(compact).getPayload().toBytes(), StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new AssertionError("not a JWS", e);
        }
    }
}
