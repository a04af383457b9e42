// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random token ids and opaque tokens, and the hash under which opaque tokens are stored. Thread-safe. */
public final class TokenIds {
    /** The prefix that makes opaque tokens recognisable (e.g. by secret scanners). */
    public static final String OPAQUE_PREFIX = "tbo_";
    /** What a {@code jti} of ours, or one given to {@code revoke}, looks like. */
    public static final Pattern JTI = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private static final Pattern OPAQUE = Pattern.compile(OPAQUE_PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TokenIds() {}

    /** A new random 128-bit {@code jti}, base64url without padding (22 characters). */
    public static String newJti() {
        return BASE64URL.encodeToString(randomBytes(16));
    }

    /** A new opaque token: the prefix and 256 random bits, base64url without padding. */
    public static String newOpaqueToken() {
        return OPAQUE_PREFIX + BASE64URL.encodeToString(randomBytes(32));
    }

    /** Whether the text has the shape of one of our opaque tokens. */
    public static boolean looksOpaque(String token) {
        return OPAQUE.matcher(token).matches();
    }

    /** The lowercase hex SHA-256 of a token: the only form in which opaque tokens are stored. */
    public static String sha256Hex(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
