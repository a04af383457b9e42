// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.tidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.testing.MutableClock;
import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TidyPathTest {
    private final Engine engine = new Engine().configured()
            .role("app", Map.of("ttl", "1h"))
            .role("ref", Map.of("token_format", "opaque", "ttl", "10m"));

    private List<String> keys(String prefix) {
        return engine.keys().stream().filter(key -> key.startsWith(prefix)).toList();
    }

    @Test
    void statusSaysNeverRunBeforeTheFirstRun() {
        assertEquals("never run", engine.call(Operation.READ, "tidy/status", Map.of()).data().get("state"));
    }

    @Test
    void tidyPrunesExpiredDenyListEntriesAndOpaqueRecordsAndReportsCounts() {
        Response jwt = engine.issue("app");
        engine.issue("ref");
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(jwt);
        engine.call(Operation.UPDATE, "revoke", Map.of("jti", "live", "exp", Engine.START.getEpochSecond() + 9000));
        engine.clock.advance(Duration.ofHours(2).plusMinutes(2));

        Response run = engine.call(Operation.UPDATE, "tidy", Map.of());

        assertEquals(Map.of("deny_list_entries", 1, "opaque_tokens", 1, "signing_keys", 0), run.data().get("pruned"));
        assertEquals(List.of(), run.data().get("failed"));
        assertEquals(1, keys("revoked/").size());
        assertEquals(List.of(), keys("opaque/"));
        Map<String, Object> status = engine.call(Operation.READ, "tidy/status", Map.of()).data();
        assertEquals("idle", status.get("state"));
        assertEquals("manual", status.get("trigger"));
        assertEquals(1L, ((Map<?, ?>) status.get("pruned_since_start")).get("deny_list_entries"));
    }

    @Test
    void anUnexpiredEntryIsNeverPruned() {
        Response jwt = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(jwt);
        engine.clock.advance(Duration.ofMinutes(58));
        engine.call(Operation.UPDATE, "tidy", Map.of());
        assertEquals(1, keys("revoked/").size());
    }

    @Test
    void thePeriodicHookPrunesTheDenyListOnEveryTick() {
        Response jwt = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(1));
        engine.revokeLease(jwt);
        engine.clock.advance(Duration.ofHours(2));

        engine.backend.handleRequest(Request.of(Operation.ROLLBACK, "", Map.of()));

        assertEquals(List.of(), keys("revoked/"));
        assertEquals("periodic", engine.call(Operation.READ, "tidy/status", Map.of()).data().get("trigger"));
    }

    @Test
    void aFailingTaskIsReportedWithoutStoppingTheOthers() {
        var clock = new MutableClock(Engine.START);
        Tidy tidy = new Tidy(clock, List.of(
                TidyTask.of("broken", Duration.ZERO, now -> {
                    throw new IllegalStateException("boom");
                }),
                TidyTask.of("fine", Duration.ZERO, now -> 2)));

        Tidy.Run run;
        try (LogCapture log = LogCapture.start()) {
            run = tidy.runAll();
            assertTrue(log.text().contains("\"task\":\"broken\""), log.text());
        }

        assertEquals(List.of("broken"), run.failed());
        assertEquals(Map.of("fine", 2), run.pruned());
    }

    @Test
    void periodicRunsHonourEachTasksInterval() {
        var clock = new MutableClock(Engine.START);
        int[] runs = new int[2];
        Tidy tidy = new Tidy(clock, List.of(
                TidyTask.of("often", Duration.ZERO, now -> runs[0]++),
                TidyTask.of("hourly", Duration.ofHours(1), now -> runs[1]++)));

        tidy.runPeriodic();
        clock.advance(Duration.ofMinutes(1));
        tidy.runPeriodic();
        clock.advance(Duration.ofHours(1));
        tidy.runPeriodic();

        assertEquals(3, runs[0]);
        assertEquals(2, runs[1]);
        assertTrue(tidy.lastRun().isPresent());
    }
}
