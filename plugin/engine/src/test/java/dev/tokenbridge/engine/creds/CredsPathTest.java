// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.TokenIds;
import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.engine.token.testing.FakeTokenSigner;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Identity;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredsPathTest {
    private final Engine engine = new Engine().configured();

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void aJwtCarriesTheRegisteredClaimsTheRoleClaimsAndTheScope() {
        engine.system.putEntity(new Identity.Entity("ent-1", "alice", List.of(), Map.of("team", "payments"), false, ""));
        engine.role("app", Map.of("ttl", "15m", "audience", "api", "scopes", "read write",
                "claims", Map.of("team", "{{identity.entity.metadata.team}}", "role", "{{role.name}}")));

        Response issued = engine.as("ent-1", "userpass-alice", Operation.READ, "creds/app", Map.of());

        Map<String, Object> claims = FakeTokenSigner.payload((String) issued.data().get("token"));
        long iat = Engine.START.getEpochSecond();
        assertEquals(Engine.ISSUER, claims.get("iss"));
        assertEquals("ent-1", claims.get("sub"));
        assertEquals("api", claims.get("aud"));
        assertEquals(iat, number(claims.get("iat")));
        assertEquals(iat, number(claims.get("nbf")));
        assertEquals(iat + 900, number(claims.get("exp")));
        assertEquals("read write", claims.get("scope"));
        assertEquals("app", claims.get("client_id"));
        assertEquals("payments", claims.get("team"));
        assertEquals("app", claims.get("role"));
        assertEquals(issued.data().get("jti"), claims.get("jti"));
        assertTrue(TokenIds.JTI.matcher((String) claims.get("jti")).matches());
        assertEquals(22, ((String) claims.get("jti")).length());
    }

    @Test
    void theResponseHoldsTheTokenAndItsFacts() {
        engine.role("app", Map.of("ttl", "1h", "scopes", "read"));
        engine.clock.advance(Duration.ofMillis(700));

        Map<String, Object> data = engine.issue("app").data();

        assertEquals(List.of("token", "token_type", "format", "jti", "kid", "expires_at", "expires_in", "scope"),
                List.copyOf(data.keySet()));
        assertEquals("Bearer", data.get("token_type"));
        assertEquals("jwt", data.get("format"));
        assertEquals("2030-01-01T01:00:00Z", data.get("expires_at"));
        assertEquals(3600L, data.get("expires_in"));
        assertEquals("read", data.get("scope"));
        String kid = (String) data.get("kid");
        assertEquals(kid, FakeTokenSigner.header((String) data.get("token")).get("kid"));
        assertEquals("at+jwt", FakeTokenSigner.header((String) data.get("token")).get("typ"));
        assertEquals("ES256", FakeTokenSigner.header((String) data.get("token")).get("alg"));
    }

    @Test
    void aJwtLeaseIsNotRenewableAndEndsWithTheToken() {
        engine.role("app", Map.of("ttl", "10m"));
        engine.clock.advance(Duration.ofMillis(400));

        Secret secret = engine.issue("app").secret();

        assertFalse(secret.leaseOptions().renewable());
        assertEquals(Duration.ofMinutes(10), secret.leaseOptions().ttl());
        assertEquals(Duration.ofMinutes(10), secret.leaseOptions().maxTtl());
        assertEquals(Engine.START, secret.leaseOptions().issueTime());
        assertEquals(List.of("format", "jti", "iat", "exp", "role", "kid", "secret_type"),
                List.copyOf(secret.internalData().keySet()));
        assertEquals("issued_token", secret.secretType());
        assertEquals(Engine.START.getEpochSecond() + 600, number(secret.internalData().get("exp")));
    }

    @Test
    void issuingJwtsWritesNothingPerToken() {
        engine.role("app", Map.of());
        engine.issue("app");
        List<String> before = engine.keys();

        for (int i = 0; i < 5; i++) {
            engine.issue("app");
        }

        assertEquals(before, engine.keys());
        assertEquals(List.of("config", "roles/app"), before);
    }

    @Test
    void theSubjectFallsBackToTheDisplayNameWithoutAnEntity() {
        engine.role("app", Map.of());
        Map<String, Object> claims = FakeTokenSigner.payload((String) engine.issue("app").data().get("token"));
        assertEquals("app", claims.get("sub"));
    }

    @Test
    void theRolesTypAndAlgorithmAreUsed() {
        engine.role("app", Map.of("typ", "JWT", "algorithm", "ES384"));
        String token = (String) engine.issue("app").data().get("token");
        assertEquals("JWT", FakeTokenSigner.header(token).get("typ"));
        assertEquals("ES384", FakeTokenSigner.header(token).get("alg"));
    }

    @Test
    void aRequestMayAskForAShorterTtl() {
        engine.role("app", Map.of("ttl", "1h", "max_ttl", "2h"));
        Response issued = engine.issue("app", Map.of("ttl", "5m"));
        assertEquals(300L, issued.data().get("expires_in"));
        assertEquals(Duration.ofMinutes(5), issued.secret().leaseOptions().ttl());
        assertEquals(7200L, engine.issue("app", Map.of("ttl", "2h")).data().get("expires_in"));
    }

    @Test
    void aRequestedTtlAboveTheRoleMaximumIsRefused() {
        engine.role("app", Map.of("ttl", "1h", "max_ttl", "2h"));
        var error = assertThrows(BadRequestException.class, () -> engine.issue("app", Map.of("ttl", "3h")));
        assertTrue(error.getMessage().startsWith("ttl: expected at most the role's max_ttl (7200s)"), error.getMessage());
    }

    @Test
    void aTtlAboveAMountMaximumTunedDownLaterIsClampedBeforeSigningWithAWarning() {
        engine.role("app", Map.of("ttl", "2h"));
        engine.system.setMaxLeaseTtl(Duration.ofHours(1));

        Response issued = engine.issue("app");

        assertEquals(3600L, issued.data().get("expires_in"));
        assertEquals(Engine.START.getEpochSecond() + 3600,
                number(FakeTokenSigner.payload((String) issued.data().get("token")).get("exp")));
        assertEquals(Duration.ofHours(1), issued.secret().leaseOptions().ttl());
        assertEquals(1, issued.warnings().size());
        assertTrue(issued.warnings().get(0).contains("mount's max lease TTL"), issued.warnings().get(0));
    }

    @Test
    void theMountDefaultIsTheTtlOfARoleWithoutOne() {
        engine.system.setDefaultLeaseTtl(Duration.ofMinutes(20));
        engine.role("app", Map.of());
        assertEquals(1200L, engine.issue("app").data().get("expires_in"));
    }

    @Test
    void aRequestMayNarrowTheAudienceButNotWidenIt() {
        engine.role("app", Map.of("audience", "api-a,api-b"));
        Map<String, Object> all = FakeTokenSigner.payload((String) engine.issue("app").data().get("token"));
        assertEquals(List.of("api-a", "api-b"), all.get("aud"));
        Map<String, Object> narrowed = FakeTokenSigner.payload(
                (String) engine.issue("app", Map.of("audience", "api-b")).data().get("token"));
        assertEquals("api-b", narrowed.get("aud"));
        var error = assertThrows(BadRequestException.class, () -> engine.issue("app", Map.of("audience", "api-c")));
        assertTrue(error.getMessage().startsWith("audience: \"api-c\" is not in the role's audience"), error.getMessage());
    }

    @Test
    void requestClaimsAreLimitedToTheAllowedNames() {
        engine.role("app", Map.of("allowed_request_claims", "tenant", "claims", Map.of("tenant", "default")));
        Map<String, Object> claims = FakeTokenSigner.payload((String) engine.issue("app",
                Map.of("claims", "{\"tenant\": \"acme\"}")).data().get("token"));
        assertEquals("acme", claims.get("tenant"));
        var error = assertThrows(BadRequestException.class,
                () -> engine.issue("app", Map.of("claims", Map.of("admin", true))));
        assertTrue(error.getMessage().startsWith("claims: the role does not allow the claim \"admin\""), error.getMessage());
        var reserved = assertThrows(BadRequestException.class,
                () -> engine.issue("app", Map.of("claims", Map.of("sub", "root"))));
        assertTrue(reserved.getMessage().startsWith("claims:"), reserved.getMessage());
    }

    @Test
    void claimsThatGrowTooLargeForThisCallerAreABadRequest() {
        List<Identity.Group> groups = java.util.stream.IntStream.range(0, 3000)
                .mapToObj(i -> new Identity.Group("g" + i, "group-with-a-long-name-" + i, Map.of(), "")).toList();
        engine.system.putEntity(new Identity.Entity("ent-1", "alice", List.of(), Map.of(), false, ""));
        engine.system.putGroups("ent-1", groups);
        engine.role("app", Map.of("claims", Map.of("groups", "{{identity.groups.names}}")));

        var error = assertThrows(BadRequestException.class,
                () -> engine.as("ent-1", "alice", Operation.READ, "creds/app", Map.of()));
        assertTrue(error.getMessage().startsWith("claims: the claims resolved for this caller exceed"), error.getMessage());
    }

    @Test
    void theGroupsTemplateBecomesAList() {
        engine.system.putEntity(new Identity.Entity("ent-1", "alice", List.of(), Map.of(), false, ""));
        engine.system.putGroups("ent-1", List.of(new Identity.Group("g1", "ops", Map.of(), "")));
        engine.role("app", Map.of("claims", Map.of("groups", "{{identity.groups.names}}")));
        String token = (String) engine.as("ent-1", "alice", Operation.READ, "creds/app", Map.of()).data().get("token");
        assertEquals(List.of("ops"), FakeTokenSigner.payload(token).get("groups"));
    }

    @Test
    void issuingWithoutAConfiguredIssuerIsABadRequest() {
        Engine fresh = new Engine();
        fresh.role("app", Map.of());
        var error = assertThrows(BadRequestException.class, () -> fresh.issue("app"));
        assertTrue(error.getMessage().startsWith("config: issuer is not configured"), error.getMessage());
    }

    @Test
    void anUnknownRoleIsABadRequestNamingTheRole() {
        var error = assertThrows(BadRequestException.class, () -> engine.issue("ghost"));
        assertEquals("name: role \"ghost\" does not exist", error.getMessage());
    }

    @Test
    void eachTokenGetsItsOwnJti() {
        engine.role("app", Map.of());
        assertNotEquals(engine.issue("app").data().get("jti"), engine.issue("app").data().get("jti"));
    }

    @Test
    void anOpaqueTokenIsRandomAndOnlyItsHashIsStored() {
        engine.role("ref", Map.of("token_format", "opaque", "ttl", "10m", "max_ttl", "1h"));

        Response issued = engine.issue("ref");

        String token = (String) issued.data().get("token");
        assertTrue(TokenIds.looksOpaque(token), token);
        assertEquals("opaque", issued.data().get("format"));
        assertFalse(issued.data().containsKey("kid"));
        String hash = TokenIds.sha256Hex(token);
        assertTrue(engine.keys().contains("opaque/" + hash), engine.keys().toString());
        engine.storage.snapshot().values().forEach(entry ->
                assertFalse(new String(entry.value(), StandardCharsets.UTF_8).contains(token.substring(4))));
        Secret secret = issued.secret();
        assertTrue(secret.leaseOptions().renewable());
        assertEquals(Duration.ofMinutes(10), secret.leaseOptions().ttl());
        assertEquals(Duration.ofHours(1), secret.leaseOptions().maxTtl());
        assertEquals(hash, secret.internalData().get("token_hash"));
    }

    @Test
    void anOpaqueRoleIssuesEvenWithoutAnIssuer() {
        Engine fresh = new Engine();
        fresh.role("ref", Map.of("token_format", "opaque"));
        assertTrue(TokenIds.looksOpaque((String) fresh.issue("ref").data().get("token")));
    }

    @Test
    void theResponseNeverPrintsTheToken() {
        engine.role("app", Map.of());
        Response issued = engine.issue("app");
        String token = (String) issued.data().get("token");
        assertFalse(issued.toString().contains(token));
        assertFalse(issued.secret().toString().contains(token));
    }

    @Test
    void requestClaimNumbersKeepTheirValue() {
        engine.role("app", Map.of("allowed_request_claims", "level"));
        Map<String, Object> claims = FakeTokenSigner.payload((String) engine.issue("app",
                Map.of("claims", Map.of("level", new BigDecimal("3")))).data().get("token"));
        assertEquals(3L, number(claims.get("level")));
    }
}
