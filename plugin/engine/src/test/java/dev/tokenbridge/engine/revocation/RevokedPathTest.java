// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevokedPathTest {
    private final Engine engine = new Engine().configured().role("app", Map.of("ttl", "1h"));

    private Response feed() {
        return engine.call(Operation.READ, "revoked", Map.of());
    }

    @Test
    void theFeedNeedsNoToken() {
        assertTrue(engine.backend.specialPaths().unauthenticated().contains("revoked"));
    }

    @Test
    void anEmptyFeedHasItsShapeAndCacheLifetime() {
        Response feed = feed();
        assertEquals(List.of("generation", "max_age", "revoked", "revoked_before"), List.copyOf(feed.data().keySet()));
        assertEquals(15L, feed.data().get("max_age"));
        assertEquals(List.of(), feed.data().get("revoked"));
        assertEquals(Map.of(), feed.data().get("revoked_before"));
        assertEquals(List.of("max-age=15"), feed.headers().get("Cache-Control"));
    }

    @Test
    void earlyRevocationsAndWatermarksAreListedUntilTheTokensExpire() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(10));
        String before = (String) feed().data().get("generation");
        engine.revokeLease(issued);
        engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", Map.of());

        Response feed = feed();
        long exp = Engine.START.getEpochSecond() + 3600;
        assertEquals(List.of(Map.of("jti", issued.data().get("jti"), "exp", exp)), feed.data().get("revoked"));
        assertEquals(Map.of("app", Engine.START.getEpochSecond() + 601), feed.data().get("revoked_before"));
        assertNotEquals(before, feed.data().get("generation"));
        assertEquals(feed.data().get("generation"), feed().data().get("generation"));

        engine.clock.advance(Duration.ofMinutes(50));
        assertEquals(List.of(), feed().data().get("revoked"));
    }
}
