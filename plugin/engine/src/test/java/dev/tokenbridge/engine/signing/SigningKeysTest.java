// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.StorageEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SigningKeysTest {
    private final SigningTestMount mount = new SigningTestMount();
    /** A second node on the same storage; Vault tells it about the other node's writes through invalidate. */
    private final SigningKeyStore store = new SigningKeyStore(mount.storage);
    private final SigningKeys keys = new SigningKeys(store, new ConfigStore(mount.storage), mount.clock);

    @Test
    void thePeriodicHookRunTwiceAtTheSameMomentLeavesStorageAsTheFirstRunLeftIt() {
        mount.sign("ES256", Duration.ofMinutes(10));
        mount.sign("EdDSA", Duration.ofMinutes(10));
        mount.clock.advance(Duration.ofDays(1).plusMinutes(1));
        SortedMap<String, StorageEntry> before = mount.storage.snapshot();
        mount.tick();
        SortedMap<String, StorageEntry> once = mount.storage.snapshot();
        assertNotEquals(before, once, "the first run schedules new next keys");
        mount.tick();
        assertEquals(once, mount.storage.snapshot());
    }

    @Test
    void thePeriodicHookOnAMountWithoutKeysWritesNothing() {
        mount.tick();
        assertEquals(List.of(), mount.storage.keys());
    }

    @Test
    void thePeriodicHookOnAStandbyPassesTheReadOnlyErrorOnUnchanged() {
        mount.sign("ES256", Duration.ofMinutes(10));
        mount.clock.advance(Duration.ofDays(1));
        mount.storage.setReadOnly(true);
        var error = assertThrows(ReadOnlyStorageException.class,
                () -> mount.backend.handleRequest(Request.of(Operation.ROLLBACK, "", Map.of())));
        assertEquals(ReadOnlyStorageException.VAULT_MESSAGE, error.getMessage());
    }

    @Test
    void thePeriodicHookOnAStandbyWithNothingDueSucceeds() {
        mount.sign("ES256", Duration.ofMinutes(10));
        mount.storage.setReadOnly(true);
        mount.clock.advance(Duration.ofHours(1));
        mount.tick();
    }

    @Test
    void tidyDropsOnlyKeysWhoseWindowHasEnded() {
        String first = mount.sign("ES256", Duration.ofMinutes(10)).kid();
        mount.clock.advance(Duration.ofDays(1));
        assertEquals(0, keys.tidy(mount.clock.instant()));
        assertEquals(1, keys.tidy(mount.clock.instant().plus(Duration.ofMinutes(16))));
        assertTrue(keys.list().stream().noneMatch(key -> key.kid().equals(first)));
        assertEquals(0, keys.tidy(mount.clock.instant().plus(Duration.ofMinutes(16))));
    }

    @Test
    void verifyReturnsTheClaimsOfATokenThisMountSigned() {
        TokenSigner.SignedToken token = mount.sign("PS256", Duration.ofMinutes(10));
        Map<String, Object> claims = keys.verify(token.compact()).orElseThrow();
        assertEquals("app", claims.get("sub"));
        assertEquals(new BigDecimal(mount.clock.instant().getEpochSecond() + 600), claims.get("exp"));
    }

    @Test
    void verifyAcceptsEveryAlgorithm() {
        for (Algorithm algorithm : Algorithm.values()) {
            String token = mount.sign(algorithm.name(), Duration.ofMinutes(1)).compact();
            store.invalidate("signing/rings/" + algorithm.name());
            assertTrue(keys.verify(token).isPresent(), algorithm.name());
        }
    }

    @Test
    void verifyRejectsTamperedForeignMalformedAndRetiredTokensWithoutThrowing() {
        TokenSigner.SignedToken token = mount.sign("ES256", Duration.ofMinutes(10));
        String[] parts = token.compact().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"admin\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), keys.verify(parts[0] + "." + forgedPayload + "." + parts[2]));
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), keys.verify(noneHeader + "." + parts[1] + "."));
        String hsHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"alg\":\"HS256\",\"kid\":\"" + token.kid() + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), keys.verify(hsHeader + "." + parts[1] + "." + parts[2]));
        assertEquals(Optional.empty(), keys.verify("not a token"));
        assertEquals(Optional.empty(), keys.verify(""));
        assertEquals(Optional.empty(), keys.verify(null));
        assertEquals(Optional.empty(), keys.verify("a".repeat(300_000)));
        keys.retire(token.kid());
        assertEquals(Optional.empty(), new SigningKeys(new SigningKeyStore(mount.storage),
                new ConfigStore(mount.storage), mount.clock).verify(token.compact()));
    }

    @Test
    void theJwksMaxAgeComesFromConfig() {
        assertEquals(Duration.ofMinutes(5), keys.jwksMaxAge());
        mount.configure(Map.of("jwks_max_age", "2m"));
        assertEquals(Duration.ofMinutes(2), keys.jwksMaxAge());
    }

    @Test
    void keyListTimesAreUnixSecondsInTheRecordAndRfc3339InTheApi() {
        mount.sign("ES256", Duration.ofMinutes(10));
        KeyInfo active = keys.list().get(0);
        assertEquals(SigningTestMount.START.getEpochSecond(), active.createdAt());
        assertEquals(Instant.ofEpochSecond(active.activatesAt()).toString(), active.toResponseData().get("activates_at"));
    }
}
