// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.tokenbridge.sdk.logical.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Days of scheduled and manual rotation, minute by minute, with resource servers that fetch the JWKS
 * only when their cached copy is {@code jwks_max_age} old: every token must stay verifiable by every
 * one of them from issue until it expires (plus the allowed skew).
 */
class RotationSimulationTest {
    private static final long MAX_AGE = 300;
    private static final long SKEW = 60;
    private static final List<String> ALGORITHMS = List.of("ES256", "EdDSA", "ES384");
    private static final List<Duration> TTLS = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofMinutes(10));

    private final SigningTestMount mount = new SigningTestMount();

    /** A resource server with a JWKS cache that it refreshes only when the copy has expired. */
    private final class Verifier {
        private final long phase;
        private long fetchedAt = Long.MIN_VALUE;
        private JWKSet jwks;
        private final Set<String> checked = new HashSet<>();

        Verifier(long phaseSeconds) {
            this.phase = phaseSeconds;
        }

        boolean ready(long now) {
            return now >= SigningTestMount.START.getEpochSecond() + phase;
        }

        void refreshIfExpired(long now) {
            if (ready(now) && now >= fetchedAt + MAX_AGE) {
                jwks = mount.jwks();
                fetchedAt = now;
            }
        }

        void check(Issued token, long now) {
            String where = "verifier +" + phase + "s at " + (now - SigningTestMount.START.getEpochSecond()) + "s: "
                    + token;
            assertTrue(jwks.getKeyByKeyId(token.kid) != null, "kid unknown to " + where);
            if (checked.add(token.compact)) {
                assertTrue(JwtChecks.verifies(token.compact, jwks), "signature fails for " + where);
            }
        }
    }

    private record Issued(String compact, String kid, String algorithm, long iat, long exp) {
        @Override
        public String toString() {
            return algorithm + " kid=" + kid + " iat=" + iat + " exp=" + exp;
        }
    }

    @Test
    void noValidTokenIsEverUnverifiableForVerifiersThatCacheTheJwksForMaxAge() {
        mount.configure(Map.of("rotation_period", "6h", "jwks_max_age", MAX_AGE, "allowed_clock_skew", SKEW));
        List<Issued> live = new ArrayList<>();
        Set<String> firstDayKids = new HashSet<>();
        for (String algorithm : ALGORITHMS) {
            live.add(issue(algorithm, Duration.ofMinutes(30)));
        }
        List<Verifier> verifiers = List.of(new Verifier(0), new Verifier(97), new Verifier(211));
        int issued = 0;
        for (int minute = 1; minute <= 3 * 24 * 60; minute++) {
            mount.clock.advance(Duration.ofMinutes(1));
            long now = mount.clock.instant().getEpochSecond();
            mount.tick();
            if (minute == 30 * 60 || minute == 55 * 60 || minute == 55 * 60 + 2) {
                mount.call(Operation.UPDATE, "keys/rotate", Map.of());
                for (String algorithm : ALGORITHMS) {
                    live.add(issue(algorithm, Duration.ofMinutes(10)));
                }
            }
            if (minute % 5 == 0) {
                issued++;
                live.add(issue(ALGORITHMS.get(issued % ALGORITHMS.size()), TTLS.get(issued % TTLS.size())));
            }
            if (minute < 24 * 60) {
                live.forEach(token -> firstDayKids.add(token.kid));
            }
            live.removeIf(token -> token.exp + SKEW < now);
            for (Verifier verifier : verifiers) {
                verifier.refreshIfExpired(now);
                if (verifier.ready(now)) {
                    for (Issued token : live) {
                        verifier.check(token, now);
                    }
                }
            }
            if (minute % 60 == 0) {
                assertPublicationIsBounded(mount.jwks());
            }
        }
        Set<String> published = mount.jwks().getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
        firstDayKids.retainAll(published);
        assertTrue(firstDayKids.isEmpty(), "keys of the first day are long unpublished: " + firstDayKids);
        assertFalse(live.isEmpty());
    }

    private Issued issue(String algorithm, Duration ttl) {
        long now = mount.clock.instant().getEpochSecond();
        TokenSigner.SignedToken token = mount.sign(algorithm, ttl);
        return new Issued(token.compact(), token.kid(), algorithm, now, now + ttl.toSeconds());
    }

    /** Per algorithm: active, next, and the retiring keys a 3-hour token and manual rotations can need. */
    private static void assertPublicationIsBounded(JWKSet jwks) {
        Map<String, Long> perAlgorithm = jwks.getKeys().stream()
                .collect(Collectors.groupingBy(key -> key.getAlgorithm().getName(), Collectors.counting()));
        perAlgorithm.forEach((algorithm, count) -> assertTrue(count <= 5, algorithm + " publishes " + count + " keys"));
    }
}
