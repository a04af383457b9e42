// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.FakeTokenSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtIssuerTest {
    private static final Instant IAT = Instant.parse("2030-01-01T00:00:00Z");

    private final FakeTokenSigner signer = new FakeTokenSigner();

    private TokenRequest request(List<String> audience, String scope) {
        return new TokenRequest("app", "https://issuer.test", "alice", audience, scope, Map.of("team", "blue"), IAT,
                Duration.ofMinutes(15), Duration.ofMinutes(15), "EdDSA", "at+jwt");
    }

    @Test
    void theSignerGetsTheAlgorithmTypAndClaimsInOrder() {
        IssuedToken token = new JwtIssuer(signer).issue(request(List.of("api"), "read"));

        FakeTokenSigner.Call call = signer.calls.get(0);
        assertEquals("EdDSA", call.algorithm());
        assertEquals("at+jwt", call.type());
        assertEquals(List.of("iss", "sub", "aud", "iat", "nbf", "exp", "jti", "client_id", "scope", "team"),
                List.copyOf(call.claims().keySet()));
        assertEquals(IAT.getEpochSecond() + 900, call.claims().get("exp"));
        assertEquals(token.jti(), call.claims().get("jti"));
        assertEquals(FakeTokenSigner.KID, token.kid());
        assertEquals(IAT.plusSeconds(900), token.expiresAt());
        assertEquals(token.expiresAt(), token.maxExpiresAt());
        assertEquals(TokenFormat.JWT, token.format());
    }

    @Test
    void audienceIsAStringForOneAndAListForSeveralAndAbsentForNone() {
        assertEquals("a", request(List.of("a"), "").claims("j").get("aud"));
        assertEquals(List.of("a", "b"), request(List.of("a", "b"), "").claims("j").get("aud"));
        Map<String, Object> none = request(List.of(), "").claims("j");
        assertFalse(none.containsKey("aud"));
        assertFalse(none.containsKey("scope"));
    }

    @Test
    void anIssuedTokenNeverPrintsItself() {
        IssuedToken token = new JwtIssuer(signer).issue(request(List.of("api"), "read"));
        assertFalse(token.toString().contains(token.token()));
        assertTrue(token.toString().contains(token.jti()));
    }
}
