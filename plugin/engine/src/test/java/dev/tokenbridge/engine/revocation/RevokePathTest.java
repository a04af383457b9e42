// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevokePathTest {
    private final Engine engine = new Engine().configured()
            .role("app", Map.of("ttl", "1h"))
            .role("ref", Map.of("token_format", "opaque", "ttl", "10m"));

    private Response revoke(Map<String, Object> data) {
        return engine.call(Operation.UPDATE, "revoke", data);
    }

    private boolean active(Object token) {
        return (Boolean) engine.call(Operation.UPDATE, "introspect", Map.of("token", token)).data().get("active");
    }

    private List<String> revokedKeys() {
        return engine.keys().stream().filter(key -> key.startsWith("revoked/")).toList();
    }

    @Test
    void aLeakedJwtIsDenyListedUntilItsExp() {
        Response issued = engine.issue("app");
        Object token = issued.data().get("token");

        Response answer = revoke(Map.of("token", token));

        assertEquals(true, answer.data().get("revoked"));
        assertEquals(issued.data().get("jti"), answer.data().get("jti"));
        assertEquals(Engine.START.getEpochSecond() + 3600, answer.data().get("exp"));
        assertEquals(false, active(token));
        assertEquals(1, revokedKeys().size());
        revoke(Map.of("token", token));
        assertEquals(1, revokedKeys().size());
    }

    @Test
    void theLeaseRevocationAfterARevokeByTokenWritesNothingNew() {
        Response issued = engine.issue("app");
        revoke(Map.of("token", issued.data().get("token")));
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(issued);
        assertEquals(1, revokedKeys().size());
    }

    @Test
    void aLeakedOpaqueTokenLosesItsRecord() {
        Response issued = engine.issue("ref");
        Object token = issued.data().get("token");

        assertEquals(true, revoke(Map.of("token", token)).data().get("revoked"));

        assertEquals(false, active(token));
        assertEquals(List.of(), revokedKeys());
        Response again = revoke(Map.of("token", token));
        assertEquals(false, again.data().get("revoked"));
        assertEquals(1, again.warnings().size());
    }

    @Test
    void anExpiredTokenNeedsNothing() {
        Object token = engine.issue("app").data().get("token");
        engine.clock.advance(Duration.ofHours(2));
        Response answer = revoke(Map.of("token", token));
        assertEquals(false, answer.data().get("revoked"));
        assertTrue(answer.warnings().get(0).contains("already expired"));
        assertEquals(List.of(), revokedKeys());
    }

    @Test
    void aTokenThisMountCannotVerifyIsABadRequest() {
        var error = assertThrows(BadRequestException.class, () -> revoke(Map.of("token", "a.b.c")));
        assertTrue(error.getMessage().startsWith("token: not a token of this mount"), error.getMessage());
        assertTrue(!error.getMessage().contains("a.b.c"));
    }

    @Test
    void aJtiWithItsExpIsDenyListedUntilThatExp() {
        long exp = Engine.START.getEpochSecond() + 1800;
        Response answer = revoke(Map.of("jti", "abcDEF_123-x", "exp", exp));
        assertEquals(true, answer.data().get("revoked"));
        assertEquals(List.of("revoked/" + DenyList.bucket(exp) + "/abcDEF_123-x"), revokedKeys());
        assertTrue(answer.warnings().isEmpty());
    }

    @Test
    void aJtiWithoutExpIsKeptForTheMountsMaxLeaseTtlWithAWarning() {
        engine.system.setMaxLeaseTtl(Duration.ofHours(2));
        Response answer = revoke(Map.of("jti", "abc"));
        assertEquals(Engine.START.getEpochSecond() + 7200, answer.data().get("exp"));
        assertTrue(answer.warnings().get(0).startsWith("exp not given"), answer.warnings().toString());
    }

    @Test
    void aJwtRevokedByJtiAloneIsInactive() {
        Response issued = engine.issue("app");
        revoke(Map.of("jti", issued.data().get("jti")));
        assertEquals(false, active(issued.data().get("token")));
    }

    @Test
    void aJtiWhoseExpHasPassedNeedsNothing() {
        Response answer = revoke(Map.of("jti", "abc", "exp", "2029-12-31T23:00:00Z"));
        assertEquals(false, answer.data().get("revoked"));
        assertEquals(List.of(), revokedKeys());
    }

    @Test
    void badCombinationsAndValuesAreRefusedNamingTheField() {
        assertTrue(assertThrows(BadRequestException.class, () -> revoke(Map.of())).getMessage().startsWith("token, jti:"));
        assertTrue(assertThrows(BadRequestException.class, () -> revoke(Map.of("token", "x", "jti", "y")))
                .getMessage().startsWith("token, jti:"));
        assertTrue(assertThrows(BadRequestException.class, () -> revoke(Map.of("jti", "../../config")))
                .getMessage().startsWith("jti:"));
        assertTrue(assertThrows(BadRequestException.class, () -> revoke(Map.of("jti", "abc", "exp", "tomorrow")))
                .getMessage().startsWith("exp:"));
        assertTrue(assertThrows(BadRequestException.class,
                () -> revoke(Map.of("jti", "abc", "exp", Engine.START.getEpochSecond() + 99_999_999L)))
                .getMessage().startsWith("exp: expected a time no later than"));
        assertTrue(assertThrows(BadRequestException.class, () -> revoke(Map.of("token", "x", "exp", 5)))
                .getMessage().startsWith("exp:"));
    }
}
