// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeysPathTest {
    private final SigningTestMount mount = new SigningTestMount();

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> keys() {
        return (List<Map<String, Object>>) mount.call(Operation.READ, "keys", Map.of()).data().get("keys");
    }

    @Test
    void aFreshMountListsNoKeys() {
        assertEquals(List.of(), keys());
    }

    @Test
    void eachKeyShowsItsPublicScheduleAndNothingElse() {
        mount.sign("ES384", Duration.ofMinutes(10));
        List<Map<String, Object>> keys = keys();
        assertEquals(2, keys.size());
        Map<String, Object> active = keys.get(0);
        assertEquals(Set.of("kid", "algorithm", "state", "created", "activates_at", "deactivates_at", "published_until",
                "max_token_ttl"), active.keySet());
        assertEquals("ES384", active.get("algorithm"));
        assertEquals("active", active.get("state"));
        assertEquals("2030-01-01T00:00:00Z", active.get("created"));
        assertEquals("2030-01-01T00:00:00Z", active.get("activates_at"));
        assertEquals("2030-01-02T00:00:00Z", active.get("deactivates_at"));
        assertEquals("2030-01-02T00:16:00Z", active.get("published_until"), "10 min token + 60 s skew + 5 min max-age");
        assertEquals(600L, active.get("max_token_ttl"));
        Map<String, Object> next = keys.get(1);
        assertEquals("next", next.get("state"));
        assertEquals("2030-01-02T00:00:00Z", next.get("activates_at"));
        assertNull(next.get("published_until"));
    }

    @Test
    void aRetiringKeyIsListedUntilItsWindowEnds() {
        mount.sign("ES256", Duration.ofMinutes(10));
        mount.clock.advance(Duration.ofDays(1));
        mount.tick();
        assertEquals(List.of("retiring", "active", "next"), keys().stream().map(key -> key.get("state")).toList());
        mount.clock.advance(Duration.ofMinutes(16));
        assertEquals(List.of("active", "next"), keys().stream().map(key -> key.get("state")).toList(),
                "hidden at once, pruned from storage by the next tick");
    }

    @Test
    void keysTakesNoParameters() {
        var error = assertThrows(BadRequestException.class, () -> mount.call(Operation.READ, "keys", Map.of("x", "1")));
        assertTrue(error.getMessage().contains("unknown fields: x"), error.getMessage());
    }

    @Test
    void helpExplainsTheStates() {
        Response help = mount.call(Operation.HELP, "keys", Map.of());
        String text = String.valueOf(help.data().get("help"));
        assertTrue(text.contains("retiring") && text.contains("published_until"), text);
    }
}
