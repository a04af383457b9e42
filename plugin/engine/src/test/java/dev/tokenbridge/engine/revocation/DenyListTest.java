// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.testing.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DenyListTest {
    private static final long NOW = 1_893_456_000L; // 2030-01-01T00:00:00Z, an hour boundary

    private final InMemoryStorage storage = new InMemoryStorage();
    private final DenyList denyList = new DenyList(storage);

    private void add(String jti, long exp) {
        denyList.add(new DenyListEntry(jti, exp, "app", NOW));
    }

    @Test
    void eachEntryIsItsOwnKeyUnderTheMinuteItExpiresIn() {
        add("a", NOW + 10);
        add("b", NOW + 59);
        add("c", NOW + 60);

        assertEquals(List.of("revoked/" + NOW + "/a", "revoked/" + NOW + "/b", "revoked/" + (NOW + 60) + "/c"),
                storage.keys());
    }

    @Test
    void storedEntriesStaySmallHoweverManyTokensAreRevoked() {
        for (int i = 0; i < 500; i++) {
            add("jti" + i, NOW + 60 + i);
        }
        storage.snapshot().values().forEach(entry -> assertTrue(entry.value().length < 200, entry.toString()));
    }

    @Test
    void containsLooksTheTokenUpByJtiAndExp() {
        add("a", NOW + 10);
        assertTrue(denyList.contains("a", NOW + 10));
        assertFalse(denyList.contains("a", NOW + 7200));
        assertFalse(denyList.contains("b", NOW + 10));
        assertTrue(denyList.containsJti("a", Instant.ofEpochSecond(NOW)));
    }

    @Test
    void theLiveListLeavesOutExpiredEntriesEvenBeforePruning() {
        add("old", NOW - 5);
        add("now", NOW);
        add("new", NOW + 5);
        assertEquals(List.of("new"), denyList.live(Instant.ofEpochSecond(NOW)).stream().map(DenyListEntry::jti).toList());
    }

    @Test
    void theCachedListSeesNewEntriesAndInvalidations() {
        add("a", NOW + 10);
        assertEquals(1, denyList.live(Instant.ofEpochSecond(NOW)).size());
        add("b", NOW + 20);
        assertEquals(2, denyList.live(Instant.ofEpochSecond(NOW)).size());
        storage.delete("revoked/" + NOW + "/a");
        assertEquals(2, denyList.live(Instant.ofEpochSecond(NOW)).size());
        denyList.invalidate("revoked/" + NOW + "/a");
        assertEquals(1, denyList.live(Instant.ofEpochSecond(NOW)).size());
    }

    @Test
    void pruningDropsEachEntryOnceItsExpiryAndTheSkewHavePassed() {
        add("a", NOW - 7200 + 5);
        add("b", NOW - 20);
        add("c", NOW + 5);
        add("d", NOW + 40);

        int pruned = denyList.prune(Instant.ofEpochSecond(NOW + 30), Duration.ofSeconds(60));

        assertEquals(1, pruned);
        assertEquals(List.of("revoked/" + (NOW - 60) + "/b", "revoked/" + NOW + "/c", "revoked/" + NOW + "/d"),
                storage.keys());
        assertEquals(2, denyList.prune(Instant.ofEpochSecond(NOW + 66), Duration.ofSeconds(60)));
        assertEquals(List.of("revoked/" + NOW + "/d"), storage.keys());
        assertEquals(0, denyList.prune(Instant.ofEpochSecond(NOW + 100), Duration.ofSeconds(60)));
        assertEquals(1, denyList.prune(Instant.ofEpochSecond(NOW + 101), Duration.ofSeconds(60)));
        assertEquals(List.of(), storage.keys());
    }

    @Test
    void foldersThatAreNotBucketsAreLeftAlone() {
        storage.putJson("revoked/notes/x", "y");
        assertEquals(0, denyList.prune(Instant.ofEpochSecond(NOW), Duration.ZERO));
        assertEquals(List.of("revoked/notes/x"), storage.keys());
    }

    @RepeatedTest(50)
    void pruningKeepsExactlyTheEntriesWhoseExpiryPlusSkewIsNotBehind() {
        Random random = new Random();
        long skew = random.nextInt(300);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            long exp = NOW + random.nextInt(4 * 3600) - 2 * 3600;
            String jti = "t" + i + "_" + exp;
            add(jti, exp);
            all.add(jti);
        }
        Instant now = Instant.ofEpochSecond(NOW + random.nextInt(3600));

        denyList.prune(now, Duration.ofSeconds(skew));

        for (String jti : all) {
            long exp = Long.parseLong(jti.substring(jti.indexOf('_') + 1));
            boolean kept = denyList.contains(jti, exp);
            if (exp + skew >= now.getEpochSecond()) {
                assertTrue(kept, "pruned " + jti + " before exp + skew at " + now);
            } else {
                assertFalse(kept, "kept " + jti + " after exp + skew at " + now);
            }
        }
    }
}
