// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrospectPathTest {
    private static final Map<String, Object> INACTIVE = Map.of("active", false);

    private final Engine engine = new Engine().configured()
            .role("app", Map.of("ttl", "1h", "audience", "api", "scopes", "read", "claims", Map.of("team", "blue")))
            .role("ref", Map.of("token_format", "opaque", "ttl", "10m", "audience", "api"));

    private Map<String, Object> introspect(Object token) {
        return engine.call(Operation.UPDATE, "introspect", Map.of("token", token)).data();
    }

    private static String token(Response issued) {
        return (String) issued.data().get("token");
    }

    @Test
    void anActiveJwtAnswersItsClaims() {
        Response issued = engine.issue("app");

        Map<String, Object> answer = introspect(token(issued));

        assertEquals(true, answer.get("active"));
        assertEquals(Engine.ISSUER, answer.get("iss"));
        assertEquals("app", answer.get("sub"));
        assertEquals("api", answer.get("aud"));
        assertEquals("read", answer.get("scope"));
        assertEquals("app", answer.get("client_id"));
        assertEquals("blue", answer.get("team"));
        assertEquals(issued.data().get("jti"), answer.get("jti"));
        assertEquals("Bearer", answer.get("token_type"));
        assertEquals(Engine.START.getEpochSecond() + 3600, ((Number) answer.get("exp")).longValue());
    }

    @Test
    void anExpiredJwtIsInactive() {
        String token = token(engine.issue("app"));
        engine.clock.advance(Duration.ofHours(1));
        assertEquals(INACTIVE, introspect(token));
    }

    @Test
    void aJwtWhoseLeaseWasRevokedIsInactive() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(issued);
        assertEquals(INACTIVE, introspect(token(issued)));
    }

    @Test
    void aJwtBeforeItsRolesWatermarkIsInactive() {
        String token = token(engine.issue("app"));
        engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", Map.of());
        assertEquals(INACTIVE, introspect(token));
    }

    @Test
    void aTamperedJwtIsInactive() {
        String token = token(engine.issue("app"));
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + Engine.ISSUER + "\",\"sub\":\"root\",\"exp\":9999999999,\"iat\":1,\"jti\":\"x\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(INACTIVE, introspect(parts[0] + "." + forgedPayload + "." + parts[2]));
        assertEquals(INACTIVE, introspect(parts[0] + "." + parts[1] + "."));
    }

    @Test
    void aJwtOfAnotherIssuerIsInactive() {
        String token = token(engine.issue("app"));
        engine.call(Operation.UPDATE, "config", Map.of("issuer", "https://other.example.test"));
        assertEquals(INACTIVE, introspect(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "tbo_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "...", "\u0000",
            "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."})
    void unknownAndMalformedTokensGetTheSameInactiveAnswer(String token) {
        assertEquals(INACTIVE, introspect(token));
    }

    @Test
    void anOverlongTokenIsInactive() {
        assertEquals(INACTIVE, introspect("x".repeat(20000)));
    }

    @Test
    void anOpaqueTokenIsActiveUntilItExpiresOrIsRevoked() {
        Response issued = engine.issue("ref");
        Map<String, Object> answer = introspect(token(issued));
        assertEquals(true, answer.get("active"));
        assertEquals("api", answer.get("aud"));
        assertEquals("ref", answer.get("client_id"));
        assertEquals(Engine.START.getEpochSecond() + 600, ((Number) answer.get("exp")).longValue());

        engine.clock.advance(Duration.ofMinutes(10));
        assertEquals(INACTIVE, introspect(token(issued)));
    }

    @Test
    void aRevokedOpaqueTokenIsInactive() {
        Response issued = engine.issue("ref");
        engine.revokeLease(issued);
        assertEquals(INACTIVE, introspect(token(issued)));
    }

    @Test
    void anOpaqueTokenRevokedByJtiIsInactive() {
        Response issued = engine.issue("ref");
        engine.call(Operation.UPDATE, "revoke", Map.of("jti", issued.data().get("jti")));
        assertEquals(INACTIVE, introspect(token(issued)));
    }

    @Test
    void aRenewedOpaqueTokenReportsItsNewExpiry() {
        Response issued = engine.issue("ref");
        engine.clock.advance(Duration.ofMinutes(9));
        engine.renewLease(issued, Duration.ZERO);
        engine.clock.advance(Duration.ofMinutes(5));
        Map<String, Object> answer = introspect(token(issued));
        assertEquals(true, answer.get("active"));
        assertEquals(Engine.START.getEpochSecond() + 19 * 60, ((Number) answer.get("exp")).longValue());
    }

    @Test
    void aMissingTokenIsABadRequest() {
        assertThrows(BadRequestException.class, () -> engine.call(Operation.UPDATE, "introspect", Map.of()));
        assertThrows(BadRequestException.class, () -> introspect(""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void introspectionCountsActiveAndInactiveAnswersByRole() {
        introspect(token(engine.issue("app")));
        introspect("garbage");
        Map<String, Object> counters = (Map<String, Object>) engine.call(Operation.READ, "stats", Map.of()).data()
                .get("counters");
        assertEquals(Map.of("app", 1L), counters.get("introspected_active"));
        assertEquals(Map.of("", 1L), counters.get("introspected_inactive"));
    }
}
