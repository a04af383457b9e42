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

class RevokeIssuedBeforePathTest {
    private static final long START = Engine.START.getEpochSecond();

    private final Engine engine = new Engine().configured().role("app", Map.of("ttl", "1h"));

    private Response watermark(Map<String, Object> data) {
        return engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", data);
    }

    private boolean active(Object token) {
        return (Boolean) engine.call(Operation.UPDATE, "introspect", Map.of("token", token)).data().get("active");
    }

    @Test
    void byDefaultEveryTokenIssuedUpToNowIsRevokedWithOneRecord() {
        Object earlier = engine.issue("app").data().get("token");
        engine.clock.advance(Duration.ofMillis(500));
        Object sameSecond = engine.issue("app").data().get("token");

        Response answer = watermark(Map.of());

        assertEquals(START + 1, answer.data().get("revoked_before"));
        assertEquals("2030-01-01T00:00:01Z", answer.data().get("revoked_before_time"));
        assertEquals(false, active(earlier));
        assertEquals(false, active(sameSecond));
        engine.clock.advance(Duration.ofSeconds(1));
        assertEquals(true, active(engine.issue("app").data().get("token")));
        assertEquals(List.of("config", "revoked-before/app", "roles/app"), engine.keys());
    }

    @Test
    void anExplicitTimeSparesTokensIssuedSince() {
        engine.clock.advance(Duration.ofMinutes(10));
        Object token = engine.issue("app").data().get("token");
        assertEquals(START + 300, watermark(Map.of("time", "2030-01-01T00:05:00Z")).data().get("revoked_before"));
        assertEquals(true, active(token));
    }

    @Test
    void theWatermarkNeverMovesBack() {
        engine.clock.advance(Duration.ofMinutes(10));
        watermark(Map.of());
        Response answer = watermark(Map.of("time", START));
        assertEquals(START + 601, answer.data().get("revoked_before"));
        assertTrue(answer.warnings().get(0).contains("never moves back"));
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        var error = assertThrows(BadRequestException.class, () -> watermark(Map.of("time", START + 3600)));
        assertTrue(error.getMessage().startsWith("time: expected a time that is not in the future"), error.getMessage());
    }

    @Test
    void anUnknownRoleIsRefusedNamingIt() {
        var error = assertThrows(BadRequestException.class,
                () -> engine.call(Operation.UPDATE, "roles/ghost/revoke-issued-before", Map.of()));
        assertEquals("name: role \"ghost\" does not exist", error.getMessage());
    }

    @Test
    void theWatermarkOutlivesItsRole() {
        Object token = engine.issue("app").data().get("token");
        watermark(Map.of());
        engine.call(Operation.DELETE, "roles/app", Map.of());
        engine.role("app", Map.of("ttl", "1h"));
        assertEquals(false, active(token));
    }
}
