// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.CodedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyRingTest {
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;
    /** 24h rotation, 5m JWKS max-age, 60s skew: the defaults. */
    private final RotationPolicy policy = new RotationPolicy(DAY, 300, 60);
    private final AtomicInteger made = new AtomicInteger();
    /** Cheap stand-in keys: the rules do not look at key bytes. */
    private final KeyRing.KeyMaker maker = (algorithm, created, activates, maxTtl) -> new SigningKey(
            "k" + made.incrementAndGet(), algorithm, created, activates, null, maxTtl, "pub", "priv");

    private KeyRing fresh(long now) {
        return KeyRing.empty(Algorithm.ES256).advance(now, policy, maker);
    }

    @Test
    void anEmptyRingGetsAKeyThatSignsNowAndANextKeyOneRotationPeriodLater() {
        KeyRing ring = fresh(1000);
        assertEquals(2, ring.keys().size());
        SigningKey active = ring.signingKey(1000).orElseThrow();
        SigningKey next = ring.pending(1000).orElseThrow();
        assertEquals(1000, active.activatesAt());
        assertEquals(1000 + DAY, next.activatesAt());
        assertEquals(next.activatesAt(), active.deactivatesAt());
        assertEquals(KeyState.NEXT, next.state(1000));
        assertEquals(KeyState.ACTIVE, active.state(1000));
    }

    @Test
    void advancingTwiceAtTheSameMomentChangesNothing() {
        KeyRing once = fresh(1000);
        assertEquals(once, once.advance(1000, policy, maker));
        KeyRing later = once.advance(1000 + DAY + 5, policy, maker);
        assertEquals(later, later.advance(1000 + DAY + 5, policy, maker));
    }

    @Test
    void whenTheNextKeyTakesOverTheOldOneRetiresAndANewNextKeyIsPublished() {
        KeyRing ring = fresh(0);
        long takeover = DAY;
        ring = ring.advance(takeover + 30, policy, maker);
        assertEquals("k2", ring.signingKey(takeover + 30).orElseThrow().kid());
        assertEquals(KeyState.RETIRING, ring.find("k1").orElseThrow().state(takeover + 30));
        SigningKey next = ring.pending(takeover + 30).orElseThrow();
        assertEquals("k3", next.kid());
        assertEquals(takeover + DAY, next.activatesAt(), "rotation keeps its rhythm");
    }

    @Test
    void aNextKeyIsPublishedAtLeastMaxAgePlusSkewBeforeItSigns() {
        RotationPolicy fast = new RotationPolicy(120, 300, 60);
        KeyRing ring = KeyRing.empty(Algorithm.EdDSA).advance(0, fast, maker);
        for (long now = 0; now < 20 * HOUR; now += 61) {
            ring = ring.advance(now, fast, maker);
            for (SigningKey key : ring.keys()) {
                if (key.createdAt() > 0) {
                    assertTrue(key.activatesAt() - key.createdAt() >= 360, key.toString());
                }
            }
        }
    }

    @Test
    void aLongerJwksMaxAgePostponesAPendingActivation() {
        KeyRing ring = fresh(0);
        RotationPolicy slowCaches = new RotationPolicy(600, 3 * DAY, 60);
        KeyRing after = ring.advance(10, slowCaches, maker);
        SigningKey next = after.pending(10).orElseThrow();
        assertEquals(3 * DAY + 60, next.activatesAt());
        assertEquals(next.activatesAt(), after.signingKey(10).orElseThrow().deactivatesAt());
    }

    @Test
    void aRetiringKeyStaysPublishedUntilItsLongestTokenPlusSkewPlusMaxAge() {
        KeyRing ring = fresh(0).withMaxTtl("k1", 2 * HOUR);
        long retiredAt = DAY;
        long until = retiredAt + 2 * HOUR + 60 + 300;
        ring = ring.advance(retiredAt, policy, maker);
        assertEquals(until, ring.find("k1").orElseThrow().publishedUntil(policy));
        assertTrue(ring.advance(until - 1, policy, maker).find("k1").isPresent());
        assertFalse(ring.advance(until, policy, maker).find("k1").isPresent());
        assertFalse(ring.prune(until, policy).find("k1").isPresent());
    }

    @Test
    void aNewKeyStartsWithoutAHighWaterMark() {
        KeyRing ring = KeyRing.empty(Algorithm.ES256).advance(0, policy, maker);
        ring = ring.withMaxTtl("k1", HOUR).advance(DAY, policy, maker);
        assertEquals(0, ring.pending(DAY).orElseThrow().maxTtlSeconds());
    }

    @Test
    void theHighWaterMarkOnlyGrows() {
        KeyRing ring = fresh(0).withMaxTtl("k1", HOUR);
        assertEquals(ring, ring.withMaxTtl("k1", 60));
        assertEquals(2 * HOUR, ring.withMaxTtl("k1", 2 * HOUR).find("k1").orElseThrow().maxTtlSeconds());
    }

    @Test
    void rotateMakesTheNextKeyActiveNowWhenItWasPublishedLongEnough() {
        KeyRing ring = fresh(0).rotate(HOUR, policy, maker);
        assertEquals("k2", ring.signingKey(HOUR).orElseThrow().kid());
        assertEquals(HOUR, ring.find("k1").orElseThrow().deactivatesAt());
        assertEquals(KeyState.RETIRING, ring.find("k1").orElseThrow().state(HOUR));
        SigningKey next = ring.pending(HOUR).orElseThrow();
        assertEquals("k3", next.kid());
        assertEquals(HOUR + DAY, next.activatesAt());
    }

    @Test
    void rotatingAgainRightAwayWaitsUntilTheNewNextKeyHasBeenPublishedLongEnough() {
        KeyRing ring = fresh(0).rotate(HOUR, policy, maker).rotate(HOUR + 10, policy, maker);
        assertEquals("k2", ring.signingKey(HOUR + 10).orElseThrow().kid(), "k2 keeps signing for now");
        SigningKey k3 = ring.find("k3").orElseThrow();
        assertEquals(HOUR + 360, k3.activatesAt());
        assertEquals(HOUR + 360, ring.find("k2").orElseThrow().deactivatesAt());
        assertEquals(3, ring.keys().size(), "no further key until k3 signs");
    }

    @Test
    void retiringTheActiveKeyRemovesItAndTheNextKeySignsAtOnce() {
        KeyRing ring = fresh(0).retire("k1", HOUR, policy, maker);
        assertTrue(ring.find("k1").isEmpty());
        assertEquals("k2", ring.signingKey(HOUR).orElseThrow().kid());
        assertEquals(HOUR, ring.find("k2").orElseThrow().activatesAt());
        assertEquals("k3", ring.pending(HOUR).orElseThrow().kid());
    }

    @Test
    void retiringTheNextKeyPublishesAReplacementForTheSamePlannedRotation() {
        KeyRing ring = fresh(0).retire("k2", HOUR, policy, maker);
        assertTrue(ring.find("k2").isEmpty());
        assertEquals("k1", ring.signingKey(HOUR).orElseThrow().kid());
        SigningKey replacement = ring.pending(HOUR).orElseThrow();
        assertEquals("k3", replacement.kid());
        assertEquals(DAY, replacement.activatesAt());
    }

    @Test
    void retiringARetiringKeyOnlyDropsIt() {
        KeyRing ring = fresh(0).rotate(HOUR, policy, maker);
        KeyRing after = ring.retire("k1", HOUR + 100, policy, maker);
        assertTrue(after.find("k1").isEmpty());
        assertEquals(List.of("k2", "k3"), after.keys().stream().map(SigningKey::kid).toList());
    }

    @Test
    void retiringAnUnknownKidIsABadRequestNamingKid() {
        var error = assertThrows(BadRequestException.class, () -> fresh(0).retire("nope", 10, policy, maker));
        assertTrue(error.getMessage().startsWith("kid: no published signing key has id \"nope\""), error.getMessage());
    }

    @Test
    void aFullRingPausesScheduledRotationInsteadOfGrowing() {
        List<SigningKey> keys = new ArrayList<>();
        for (int i = 0; i < KeyRing.MAX_KEYS - 1; i++) {
            keys.add(new SigningKey("old" + i, Algorithm.ES256, 0, i, (long) i + 1, 30 * DAY, "pub", "priv"));
        }
        keys.add(new SigningKey("active", Algorithm.ES256, 0, 100, null, 30 * DAY, "pub", "priv"));
        KeyRing full = new KeyRing(Algorithm.ES256, keys);
        KeyRing after = full.advance(1000, policy, maker);
        assertEquals(KeyRing.MAX_KEYS, after.keys().size());
        assertTrue(after.pending(1000).isEmpty());
        assertNull(after.signingKey(1000).orElseThrow().deactivatesAt());
        var error = assertThrows(CodedException.class, () -> full.rotate(1000, policy, maker));
        assertEquals(409, error.httpStatus());
    }

    @Test
    void theSigningKeyIsAlwaysExactlyOneAcrossAWeekOfRotations() {
        KeyRing ring = fresh(0);
        for (long now = 0; now < 7 * DAY; now += 600) {
            ring = ring.advance(now, policy, maker);
            long at = now;
            assertEquals(1, ring.keys().stream().filter(key -> key.signsAt(at)).count());
            assertTrue(ring.keys().size() <= 3, ring.toString());
        }
    }
}
