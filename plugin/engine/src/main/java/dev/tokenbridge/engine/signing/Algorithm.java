// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The JWS algorithms the engine signs with, and the key each one needs: RSA 2048 for RS* and PS256,
 * P-256 for ES256, P-384 for ES384 and Ed25519 for EdDSA. Keys come from the JDK's own providers.
 */
public enum Algorithm {
    RS256("RSA", null),
    RS384("RSA", null),
    RS512("RSA", null),
    PS256("RSA", null),
    ES256("EC", "secp256r1"),
    ES384("EC", "secp384r1"),
    EdDSA("Ed25519", null);

    private static final int RSA_BITS = 2048;

    private final String keyAlgorithm;
    private final String curve;

    Algorithm(String keyAlgorithm, String curve) {
        this.keyAlgorithm = keyAlgorithm;
        this.curve = curve;
    }

    /** Every algorithm's JOSE name, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Algorithm::name).toList();
    }

    /**
     * The algorithm with this JOSE name (exact case, as in the {@code alg} header).
     *
     * @throws BadRequestException naming the {@code algorithm} field if there is none
     */
    public static Algorithm fromName(String name) {
        for (Algorithm algorithm : values()) {
            if (algorithm.name().equals(name)) {
                return algorithm;
            }
        }
        throw new BadRequestException("algorithm: expected one of " + String.join(", ", names()) + ", got "
                + printable(name));
    }

    /** The JDK key algorithm: RSA, EC or Ed25519 (for {@code KeyFactory} and {@code KeyPairGenerator}). */
    String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** A fresh key pair for this algorithm. */
    KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve));
            } else if (keyAlgorithm.equals("RSA")) {
                generator.initialize(RSA_BITS);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + name() + " keys", e);
        }
    }

    private static String printable(String value) {
        if (value == null) {
            return "nothing";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return "\"" + cut.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
