// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevokedPathTest {
    private final Engine engine = new Engine().configured().role("app", Map.of("ttl", "1h"));

    /** The feed document inside the raw body's {@code data} envelope, as JSON text read back. */
    private Response feed() {
        Response raw = engine.call(Operation.READ, "revoked", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) Json.parseObject(RawResponse.body(raw)).get("data");
        return Response.of(data);
    }

    /** A value of the feed as JSON text, so numbers compare by value whatever type the parser chose. */
    private static String json(Object value) {
        return Json.write(value);
    }

    @Test
    void theFeedNeedsNoToken() {
        assertTrue(engine.backend.specialPaths().unauthenticated().contains("revoked"));
    }

    @Test
    void theFeedIsRawSoThatVaultSendsItsCacheLifetime() {
        Response raw = engine.call(Operation.READ, "revoked", Map.of());
        assertEquals("max-age=15", raw.data().get("http_raw_cache_control"));
        assertEquals("application/json", raw.data().get("http_content_type"));
    }

    @Test
    void anEmptyFeedHasItsShape() {
        Response feed = feed();
        assertEquals(List.of("generation", "max_age", "revoked", "revoked_before"), List.copyOf(feed.data().keySet()));
        assertEquals("15", json(feed.data().get("max_age")));
        assertEquals("[]", json(feed.data().get("revoked")));
        assertEquals("{}", json(feed.data().get("revoked_before")));
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
        assertEquals("[{\"jti\":\"" + issued.data().get("jti") + "\",\"exp\":" + exp + "}]",
                json(feed.data().get("revoked")));
        assertEquals("{\"app\":" + (Engine.START.getEpochSecond() + 601) + "}", json(feed.data().get("revoked_before")));
        assertNotEquals(before, feed.data().get("generation"));
        assertEquals(feed.data().get("generation"), feed().data().get("generation"));

        engine.clock.advance(Duration.ofMinutes(50));
        assertEquals("[]", json(feed().data().get("revoked")));
    }
}
