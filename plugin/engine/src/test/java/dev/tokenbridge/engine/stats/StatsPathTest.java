// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsPathTest {
    private final Engine engine = new Engine().configured()
            .role("app", Map.of("ttl", "1h"))
            .role("ref", Map.of("token_format", "opaque", "ttl", "10m"));

    private void activity() {
        Response early = engine.issue("app");
        Response natural = engine.issue("app");
        Response opaque = engine.issue("ref");
        engine.renewLease(opaque, Duration.ZERO);
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(early);
        engine.clock.advance(Duration.ofHours(1));
        engine.revokeLease(natural);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonStatsCountByRoleAndReadGaugesFromStorage() {
        activity();

        Map<String, Object> stats = engine.call(Operation.READ, "stats", Map.of()).data();

        Map<String, Object> counters = (Map<String, Object>) stats.get("counters");
        assertEquals(Map.of("app", 2L, "ref", 1L), counters.get("issued"));
        assertEquals(Map.of("ref", 1L), counters.get("renewed"));
        assertEquals(Map.of("app", 1L), counters.get("revoked_early"));
        assertEquals(Map.of("app", 1L), counters.get("revoked_natural"));
        Map<String, Object> gauges = (Map<String, Object>) stats.get("gauges");
        assertEquals(2L, gauges.get("roles"));
        assertEquals(0L, gauges.get("deny_list_entries"));
        assertEquals(1L, gauges.get("opaque_tokens"));
        assertEquals("2030-01-01T00:00:00Z", stats.get("started_at"));
    }

    @Test
    void prometheusFormatIsARawTextResponse() {
        activity();
        engine.call(Operation.UPDATE, "revoke", Map.of("jti", "abc"));

        Map<String, Object> raw = engine.call(Operation.READ, "stats", Map.of("format", "prometheus")).data();

        assertEquals("text/plain; version=0.0.4; charset=utf-8", raw.get("http_content_type"));
        assertEquals(200, raw.get("http_status_code"));
        String body = new String(Base64.getDecoder().decode((String) raw.get("http_raw_body")), StandardCharsets.UTF_8);
        assertTrue(body.contains("# TYPE tokenbridge_tokens_issued_total counter\n"), body);
        assertTrue(body.contains("tokenbridge_tokens_issued_total{role=\"app\"} 2\n"), body);
        assertTrue(body.contains("tokenbridge_tokens_revoked_total{kind=\"early\",role=\"app\"} 1\n"), body);
        assertTrue(body.contains("tokenbridge_tokens_revoked_total{kind=\"natural\",role=\"app\"} 1\n"), body);
        assertTrue(body.contains("tokenbridge_deny_list_entries 1\n"), body);
        assertTrue(body.contains("# TYPE tokenbridge_roles gauge\ntokenbridge_roles 2\n"), body);
        assertTrue(body.endsWith("\n"));
    }

    @Test
    void labelValuesAreEscaped() {
        assertEquals("a\\\"b\\\\c\\nd", PrometheusText.escapeLabel("a\"b\\c\nd"));
    }

    @Test
    void anUnknownFormatIsRefused() {
        var error = assertThrows(BadRequestException.class,
                () -> engine.call(Operation.READ, "stats", Map.of("format", "xml")));
        assertTrue(error.getMessage().startsWith("format:"), error.getMessage());
    }
}
