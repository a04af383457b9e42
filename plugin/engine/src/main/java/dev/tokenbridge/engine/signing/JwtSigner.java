// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The only class that touches nimbus-jose-jwt: signs and verifies compact JWSs, writes public JWKs
 * and computes RFC 7638 thumbprints. Its checked {@link JOSEException} stops here and becomes an
 * {@link InternalException}. Stateless and thread-safe.
 */
final class JwtSigner {
    /** X.509 SubjectPublicKeyInfo of an Ed25519 key: a fixed 12-byte prefix, then the 32-byte key. */
    private static final int ED25519_SPKI_LENGTH = 44;
    private static final int ED25519_KEY_LENGTH = 32;

    private JwtSigner() {}

    /**
     * Signs {@code claims} (JSON-compatible values) as a compact JWS with {@code alg}, {@code kid} and,
     * unless blank, {@code typ} headers.
     */
    static String sign(Algorithm algorithm, String kid, PrivateKey key, String type, Map<String, Object> claims) {
        JWSHeader.Builder header = new JWSHeader.Builder(jws(algorithm)).keyID(kid);
        if (type != null && !type.isBlank()) {
            header.type(new JOSEObjectType(type));
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(Json.write(claims)));
        try {
            jws.sign(signer(algorithm, key));
        } catch (JOSEException e) {
            throw new InternalException("signing with key " + kid + " failed", e);
        }
        return jws.serialize();
    }

    /**
     * Verifies a compact JWS with the key its {@code kid} header names, which must sign with the
     * header's {@code alg}.
     *
     * @param keys the published key for a kid, if any
     * @return the payload text if the signature verifies; empty for anything malformed or unverifiable
     */
    static Optional<String> verify(String compact, Function<String, Optional<KeyMaterial>> keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return Optional.empty();
        }
        String kid = jws.getHeader().getKeyID();
        Optional<KeyMaterial> key = kid == null ? Optional.empty() : keys.apply(kid);
        if (key.isEmpty() || !jws.getHeader().getAlgorithm().equals(jws(key.get().algorithm()))) {
            return Optional.empty();
        }
        try {
            return jws.verify(verifier(key.get())) ? Optional.of(jws.getPayload().toString()) : Optional.empty();
        } catch (JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The public JWK of a key (public members, {@code kid}, {@code alg}, {@code use=sig}) as JSON values. */
    static Map<String, Object> publicJwk(Algorithm algorithm, String kid, PublicKey key) {
        return jwk(algorithm, kid, key).toPublicJWK().toJSONObject();
    }

    /** The RFC 7638 SHA-256 thumbprint of a public key, base64url: a stable key id. */
    static String thumbprint(Algorithm algorithm, PublicKey key) {
        try {
            return jwk(algorithm, null, key).computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new InternalException("computing a key thumbprint failed", e);
        }
    }

    private static JWK jwk(Algorithm algorithm, String kid, PublicKey key) {
        JWSAlgorithm alg = jws(algorithm);
        switch (algorithm) {
            case ES256:
            case ES384:
                return new ECKey.Builder(curve(algorithm), (ECPublicKey) key)
                        .keyUse(KeyUse.SIGNATURE).algorithm(alg).keyID(kid).build();
            case EdDSA:
                return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(rawEd25519(key)))
                        .keyUse(KeyUse.SIGNATURE).algorithm(alg).keyID(kid).build();
            default:
                return new RSAKey.Builder((RSAPublicKey) key)
                        .keyUse(KeyUse.SIGNATURE).algorithm(alg).keyID(kid).build();
        }
    }

    private static JWSSigner signer(Algorithm algorithm, PrivateKey key) throws JOSEException {
        switch (algorithm) {
            case ES256:
            case ES384:
                return new ECDSASigner((ECPrivateKey) key);
            case EdDSA:
                return new Ed25519JdkSigner(key);
            default:
                return new RSASSASigner(key);
        }
    }

    private static JWSVerifier verifier(KeyMaterial key) throws JOSEException {
        switch (key.algorithm()) {
            case ES256:
            case ES384:
                return new ECDSAVerifier((ECPublicKey) key.publicKey());
            case EdDSA:
                return new Ed25519JdkVerifier(key.publicKey());
            default:
                return new RSASSAVerifier((RSAPublicKey) key.publicKey());
        }
    }

    private static JWSAlgorithm jws(Algorithm algorithm) {
        return JWSAlgorithm.parse(algorithm.name());
    }

    private static Curve curve(Algorithm algorithm) {
        return algorithm == Algorithm.ES256 ? Curve.P_256 : Curve.P_384;
    }

    private static byte[] rawEd25519(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != ED25519_SPKI_LENGTH) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, ED25519_SPKI_LENGTH - ED25519_KEY_LENGTH, ED25519_SPKI_LENGTH);
    }

    /**
     * EdDSA with the JDK's own Ed25519 ({@code Signature "Ed25519"}, Java 15+).
     * NOTE: nimbus' Ed25519Signer needs Google Tink; this avoids that dependency.
     */
    private static final class Ed25519JdkSigner implements JWSSigner {
        private final PrivateKey key;
        private final JCAContext jcaContext = new JCAContext();

        Ed25519JdkSigner(PrivateKey key) {
            this.key = key;
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
                throw new JOSEException("the Ed25519 signer only signs EdDSA");
            }
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(key);
                signature.update(signingInput);
                return Base64URL.encode(signature.sign());
            } catch (GeneralSecurityException e) {
                throw new JOSEException("Ed25519 signing failed", e);
            }
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return Set.of(JWSAlgorithm.EdDSA);
        }

        @Override
        public JCAContext getJCAContext() {
            return jcaContext;
        }

        @Override
        public String toString() {
            return "Ed25519JdkSigner";
        }
    }

    /** Verifies EdDSA with the JDK's Ed25519, the counterpart of {@link Ed25519JdkSigner}. */
    private static final class Ed25519JdkVerifier implements JWSVerifier {
        private final PublicKey key;
        private final JCAContext jcaContext = new JCAContext();

        Ed25519JdkVerifier(PublicKey key) {
            this.key = key;
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
            if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
                return false;
            }
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature.decode());
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return Set.of(JWSAlgorithm.EdDSA);
        }

        @Override
        public JCAContext getJCAContext() {
            return jcaContext;
        }
    }
}
