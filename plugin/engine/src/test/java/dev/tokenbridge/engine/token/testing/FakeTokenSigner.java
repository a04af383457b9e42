// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token.testing;

import dev.tokenbridge.engine.revocation.TokenVerifier;
import dev.tokenbridge.engine.signing.TokenSigner;
import dev.tokenbridge.sdk.logical.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deterministic stand-in for the signing package: compact JWTs whose "signature" is a fixed text
 * naming the key, and the matching verifier. Records what it was asked to sign.
 */
public final class FakeTokenSigner implements TokenSigner, TokenVerifier {
    public static final String KID = "fake-kid";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public record Call(String algorithm, String type, Map<String, Object> claims) {}

    public final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized SignedToken sign(String algorithm, String type, Map<String, Object> claims) {
        calls.add(new Call(algorithm, type, claims));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", algorithm);
        header.put("kid", KID);
        header.put("typ", type);
        String input = encode(Json.write(header)) + "." + encode(Json.write(claims));
        return new SignedToken(input + "." + signature(input), KID);
    }

    @Override
    public Optional<Map<String, Object>> verify(String compactJws) {
        String[] parts = compactJws.split("\\.", -1);
        if (parts.length != 3 || !parts[2].equals(signature(parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        try {
            return Optional.of(payload(compactJws));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The claims of a compact JWT, unverified (for assertions). */
    public static Map<String, Object> payload(String compact) {
        String[] parts = compact.split("\\.");
        return Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The header of a compact JWT (for assertions). */
    public static Map<String, Object> header(String compact) {
        String[] parts = compact.split("\\.");
        return Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    }

    private static String signature(String input) {
        return encode("sig:" + KID + ":" + input.hashCode());
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
