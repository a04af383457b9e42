// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.UnsupportedPathException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolePathTest {
    private final Engine engine = new Engine();

    private Map<String, Object> read(String name) {
        return engine.call(Operation.READ, "roles/" + name, Map.of()).data();
    }

    private BadRequestException refused(Map<String, Object> fields) {
        return assertThrows(BadRequestException.class, () -> engine.call(Operation.CREATE, "roles/app", fields));
    }

    @Test
    void aNewRoleReadsBackWithItsDefaults() {
        engine.role("app", Map.of());

        Map<String, Object> role = read("app");
        assertEquals("jwt", role.get("token_format"));
        assertEquals(0L, role.get("ttl"));
        assertEquals(0L, role.get("max_ttl"));
        assertEquals("", role.get("algorithm"));
        assertEquals("{{identity.entity.id}}", role.get("subject"));
        assertEquals("at+jwt", role.get("typ"));
        assertEquals(List.of(), role.get("audience"));
        assertEquals(Map.of(), role.get("claims"));
    }

    @Test
    void everyFieldIsStoredAndReadBack() {
        engine.role("app", Map.of("token_format", "OPAQUE", "ttl", "10m", "max_ttl", "1h", "algorithm", "ES384",
                "audience", "api-a,api-b", "subject", "svc-{{identity.entity.name}}",
                "claims", "{\"team\": \"{{identity.entity.metadata.team}}\", \"level\": 3}",
                "scopes", List.of("read", "write"), "allowed_request_claims", List.of("tenant"), "typ", "JWT"));

        Map<String, Object> role = read("app");
        assertEquals("opaque", role.get("token_format"));
        assertEquals(600L, role.get("ttl"));
        assertEquals(3600L, role.get("max_ttl"));
        assertEquals("ES384", role.get("algorithm"));
        assertEquals(List.of("api-a", "api-b"), role.get("audience"));
        assertEquals("svc-{{identity.entity.name}}", role.get("subject"));
        assertEquals("{{identity.entity.metadata.team}}", ((Map<?, ?>) role.get("claims")).get("team"));
        assertEquals(List.of("read", "write"), role.get("scopes"));
        assertEquals(List.of("tenant"), role.get("allowed_request_claims"));
        assertEquals("JWT", role.get("typ"));
    }

    @Test
    void anUpdateKeepsTheFieldsItDoesNotSend() {
        engine.role("app", Map.of("ttl", "10m", "audience", "api", "scopes", "read"));
        engine.call(Operation.UPDATE, "roles/app", Map.of("ttl", "20m"));

        Map<String, Object> role = read("app");
        assertEquals(1200L, role.get("ttl"));
        assertEquals(List.of("api"), role.get("audience"));
        assertEquals(List.of("read"), role.get("scopes"));
    }

    @Test
    void theExistenceCheckTellsCreateFromUpdate() {
        Request create = Request.of(Operation.CREATE, "roles/app", Map.of());
        assertFalse(engine.backend.existenceCheck(create).exists());
        engine.role("app", Map.of());
        assertTrue(engine.backend.existenceCheck(create).exists());
    }

    @Test
    void aDeletedRoleIsGoneAndDeletingTwiceIsFine() {
        engine.role("app", Map.of());
        assertNull(engine.call(Operation.DELETE, "roles/app", Map.of()));
        assertNull(engine.call(Operation.DELETE, "roles/app", Map.of()));
        assertNull(engine.call(Operation.READ, "roles/app", Map.of()));
    }

    @Test
    void readingAnUnknownRoleAnswersNothing() {
        assertNull(engine.call(Operation.READ, "roles/nope", Map.of()));
    }

    @Test
    void rolesAreListedByName() {
        engine.role("b-role", Map.of()).role("a.role", Map.of());
        assertEquals(List.of("a.role", "b-role"), engine.call(Operation.LIST, "roles/", Map.of()).data().get("keys"));
        assertEquals(List.of("a.role", "b-role"), engine.call(Operation.LIST, "roles", Map.of()).data().get("keys"));
    }

    @Test
    void aTtlBelowThirtySecondsIsRefused() {
        assertTrue(refused(Map.of("ttl", "29s")).getMessage().startsWith("ttl: expected at least 30s"));
    }

    @Test
    void aTtlAboveTheMountMaximumIsRefused() {
        engine.system.setMaxLeaseTtl(Duration.ofHours(1));
        assertTrue(refused(Map.of("ttl", "2h")).getMessage().startsWith("ttl: expected at most the mount's max lease TTL (3600s)"));
        assertTrue(refused(Map.of("max_ttl", "2h")).getMessage().startsWith("max_ttl: expected at most"));
    }

    @Test
    void aMaxTtlBelowTheTtlIsRefused() {
        assertTrue(refused(Map.of("ttl", "1h", "max_ttl", "30m")).getMessage().startsWith("max_ttl: expected at least ttl"));
    }

    @Test
    void aMaxTtlBelowTheMountDefaultIsRefusedWhileTtlIsUnset() {
        var error = refused(Map.of("max_ttl", "30m"));
        assertTrue(error.getMessage().startsWith("max_ttl: expected at least the mount's default lease TTL"),
                error.getMessage());
    }

    @Test
    void negativeAndOverflowingDurationsAreRefused() {
        assertTrue(refused(Map.of("ttl", "-1m")).getMessage().startsWith("ttl:"));
        assertTrue(refused(Map.of("ttl", "99999999999999h")).getMessage().startsWith("ttl:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "sub", "aud", "exp", "nbf", "iat", "jti", "scope", "client_id"})
    void aReservedClaimIsRefusedInClaimsAndInAllowedRequestClaims(String claim) {
        var inClaims = refused(Map.of("claims", Map.of(claim, "x")));
        assertTrue(inClaims.getMessage().startsWith("claims: \"" + claim + "\" is a reserved claim"), inClaims.getMessage());
        var allowed = refused(Map.of("allowed_request_claims", List.of(claim)));
        assertTrue(allowed.getMessage().startsWith("allowed_request_claims: \"" + claim + "\" is a reserved claim"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alg", "kid", "typ", "jku", "x5u", "jwk", "crit"})
    void aReservedHeaderNameIsRefusedAsAClaim(String header) {
        var error = refused(Map.of("claims", Map.of(header, "x")));
        assertTrue(error.getMessage().startsWith("claims: \"" + header + "\" is a reserved JOSE header"), error.getMessage());
    }

    @Test
    void anUnknownTemplateIsRefusedWhenTheRoleIsWritten() {
        var subject = refused(Map.of("subject", "{{identity.entity.email}}"));
        assertTrue(subject.getMessage().startsWith("subject: unknown template \"{{identity.entity.email}}\""),
                subject.getMessage());
        var claims = refused(Map.of("claims", Map.of("x", Map.of("y", "a {{nope}}"))));
        assertTrue(claims.getMessage().startsWith("claims.x.y: unknown template"), claims.getMessage());
        assertTrue(refused(Map.of("subject", "{{identity.entity.id")).getMessage().contains("never closed"));
    }

    @Test
    void theGroupsTemplateMustBeAWholeClaimValue() {
        engine.role("app", Map.of("claims", Map.of("groups", "{{identity.groups.names}}")));
        assertTrue(refused(Map.of("claims", Map.of("g", "team-{{identity.groups.names}}"))).getMessage()
                .contains("is a list"));
        assertTrue(refused(Map.of("subject", "{{identity.groups.names}}")).getMessage().startsWith("subject:"));
    }

    @Test
    void claimsAreBoundedInSizeAndDepth() {
        var big = refused(Map.of("claims", Map.of("blob", "x".repeat(4000), "more", "y".repeat(4000),
                "again", "z".repeat(4000), "last", "w".repeat(4000), "over", "v".repeat(1000))));
        assertTrue(big.getMessage().startsWith("claims: expected at most 16384 bytes"), big.getMessage());
        Object deep = "leaf";
        for (int i = 0; i < 10; i++) {
            deep = Map.of("n", deep);
        }
        assertTrue(refused(Map.of("claims", Map.of("deep", deep))).getMessage().contains("nested at most"));
    }

    @Test
    void scopesMustBeOAuthScopeTokens() {
        assertTrue(refused(Map.of("scopes", List.of("read \"all\""))).getMessage().startsWith("scopes:"));
        assertTrue(refused(Map.of("scopes", List.of("caf\u00e9"))).getMessage().startsWith("scopes:"));
    }

    @Test
    void audiencesAreBoundedAndFreeOfInvisibleCharacters() {
        List<String> many = java.util.stream.IntStream.range(0, 33).mapToObj(i -> "aud" + i).toList();
        assertTrue(refused(Map.of("audience", many)).getMessage().startsWith("audience: expected at most 32 items"));
        assertTrue(refused(Map.of("audience", List.of("api\u200b"))).getMessage().startsWith("audience:"));
        assertTrue(refused(Map.of("audience", List.of("a\u0000b"))).getMessage().startsWith("audience:"));
    }

    @Test
    void unknownAlgorithmsFormatsAndTypsAreRefusedNamingTheField() {
        assertTrue(refused(Map.of("algorithm", "HS256")).getMessage().startsWith("algorithm:"));
        assertTrue(refused(Map.of("token_format", "saml")).getMessage().startsWith("token_format:"));
        assertTrue(refused(Map.of("typ", "jose")).getMessage().startsWith("typ:"));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertTrue(refused(Map.of("tll", "1h")).getMessage().contains("tll"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a..b", "-app", "app-", ".app", "a b", "caf\u00e9", "app\u202e", "app\u0000",
            "a%2Fb"})
    void aRoleNameOutsideTheSafePatternIsRefusedNamingTheField(String name) {
        var error = assertThrows(BadRequestException.class, () -> engine.call(Operation.CREATE, "roles/" + name, Map.of()));
        assertTrue(error.getMessage().startsWith("name: expected a role name"), error.getMessage());
        assertFalse(error.getMessage().contains("\u0000"));
    }

    @Test
    void anOverlongRoleNameIsRefused() {
        String name = "a".repeat(129);
        assertThrows(BadRequestException.class, () -> engine.call(Operation.CREATE, "roles/" + name, Map.of()));
        engine.role("a".repeat(128), Map.of());
    }

    @Test
    void aRoleNameWithSlashesDoesNotReachARole() {
        assertThrows(UnsupportedPathException.class, () -> engine.call(Operation.CREATE, "roles/a/b", Map.of()));
        assertThrows(UnsupportedPathException.class, () -> engine.call(Operation.READ, "roles/../config", Map.of()));
    }

    @Test
    void helpDescribesTheTemplatesAndEveryField() {
        Response help = engine.call(Operation.HELP, "roles/app", Map.of());
        String text = String.valueOf(help.data().get("help"));
        assertTrue(text.contains("{{identity.entity.metadata.KEY}}"), text);
        for (String field : List.of("token_format", "ttl", "max_ttl", "algorithm", "audience", "subject", "claims",
                "scopes", "allowed_request_claims", "typ")) {
            assertTrue(text.contains(field + " ("), field);
        }
    }
}
