// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.TokenIds;
import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.ErrorKind;
import dev.tokenbridge.sdk.logical.LeaseOptions;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.logical.UnrecoverableException;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssuedTokenSecretTest {
    /** The error kinds that make Vault mark a lease irrevocable at the first failure. */
    private static final Set<ErrorKind> IRREVOCABLE = EnumSet.of(ErrorKind.INVALID_REQUEST,
            ErrorKind.UNSUPPORTED_PATH, ErrorKind.UNSUPPORTED_OPERATION, ErrorKind.UNRECOVERABLE);

    private final Engine engine = new Engine().configured()
            .role("app", Map.of("ttl", "1h"))
            .role("ref", Map.of("token_format", "opaque", "ttl", "10m", "max_ttl", "1h"));

    private List<String> revokedKeys() {
        return engine.keys().stream().filter(key -> key.startsWith("revoked/")).toList();
    }

    private static long exp(Response issued) {
        return ((Number) issued.secret().internalData().get("exp")).longValue();
    }

    @Test
    void revokingAtNaturalExpiryWritesNothing() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofHours(1));
        List<String> before = engine.keys();

        assertNull(engine.revokeLease(issued));

        assertEquals(before, engine.keys());
    }

    @Test
    void revokingWithinTwoSecondsOfExpiryCountsAsExpiry() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofSeconds(3600 - 2));
        engine.revokeLease(issued);
        assertEquals(List.of(), revokedKeys());
    }

    @Test
    void revokingEarlyWritesOneDenyListEntryBucketedByExpiryHour() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofSeconds(3600 - 3));

        assertNull(engine.revokeLease(issued));

        long exp = exp(issued);
        assertEquals(List.of("revoked/" + (exp / 3600 * 3600) + "/" + issued.data().get("jti")), revokedKeys());
    }

    @Test
    void revokingTwiceIsHarmless() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(5));
        engine.revokeLease(issued);
        List<String> once = engine.keys();

        assertNull(engine.revokeLease(issued));

        assertEquals(once, engine.keys());
        assertEquals(1, revokedKeys().size());
    }

    @Test
    void aTokenCoveredByTheRoleWatermarkNeedsNoEntry() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(5));
        engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", Map.of());

        assertNull(engine.revokeLease(issued));

        assertEquals(List.of(), revokedKeys());
    }

    @Test
    void aTokenIssuedAfterTheWatermarkStillGetsAnEntry() {
        engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", Map.of());
        engine.clock.advance(Duration.ofSeconds(1));
        Response issued = engine.issue("app");
        engine.revokeLease(issued);
        assertEquals(1, revokedKeys().size());
    }

    @Test
    void revocationDoesNotNeedTheRoleOrTheConfigToExist() {
        Response issued = engine.issue("app");
        engine.call(Operation.DELETE, "roles/app", Map.of());
        engine.storage.delete("config");

        assertNull(engine.revokeLease(issued));

        assertEquals(1, revokedKeys().size());
    }

    @Test
    void internalDataReplayedWithNumbersAsTextIsUnderstood() {
        Response issued = engine.issue("app");
        Map<String, Object> internal = new LinkedHashMap<>(issued.secret().internalData());
        internal.put("iat", String.valueOf(internal.get("iat")));
        internal.put("exp", internal.get("exp") + ".0");
        Request revoke = Request.of(Operation.REVOKE, "creds/app", Map.of())
                .withSecret(new Secret(issued.secret().leaseOptions(), internal, ""));

        assertNull(engine.backend.handleRequest(revoke));

        assertEquals(1, revokedKeys().size());
    }

    static Stream<Arguments> garbage() {
        return Stream.of(
                Arguments.of("no jti", (Consumer<Map<String, Object>>) m -> m.remove("jti")),
                Arguments.of("a jti with a slash", (Consumer<Map<String, Object>>) m -> m.put("jti", "a/b")),
                Arguments.of("no exp", (Consumer<Map<String, Object>>) m -> m.remove("exp")),
                Arguments.of("a textual exp", (Consumer<Map<String, Object>>) m -> m.put("exp", "soon")),
                Arguments.of("a huge exp", (Consumer<Map<String, Object>>) m -> m.put("exp", "1e999999999")),
                Arguments.of("an unknown format", (Consumer<Map<String, Object>>) m -> m.put("format", "saml")),
                Arguments.of("exp before iat", (Consumer<Map<String, Object>>) m -> m.put("exp", 5)));
    }

    @ParameterizedTest(name = "internal data with {0} makes the lease irrevocable at once")
    @MethodSource("garbage")
    void unreadableInternalDataIsTheOnlyUnrecoverableFailure(String name, Consumer<Map<String, Object>> spoil) {
        Response issued = engine.issue("app");
        Map<String, Object> internal = new LinkedHashMap<>(issued.secret().internalData());
        spoil.accept(internal);
        Request revoke = Request.of(Operation.REVOKE, "creds/app", Map.of())
                .withSecret(new Secret(issued.secret().leaseOptions(), internal, ""));

        try (LogCapture log = LogCapture.start()) {
            assertThrows(UnrecoverableException.class, () -> engine.backend.handleRequest(revoke));
            assertTrue(log.text().contains("unreadable"), log.text());
        }
    }

    @Test
    void aStorageFailureIsRetriedRatherThanMakingTheLeaseIrrevocable() {
        Response issued = engine.issue("app");
        engine.storage.setReadOnly(true);

        PluginException error = assertThrows(PluginException.class, () -> engine.revokeLease(issued));

        assertFalse(IRREVOCABLE.contains(error.kind()), error.kind().toString());
        engine.storage.setReadOnly(false);
        assertNull(engine.revokeLease(issued));
        assertEquals(1, revokedKeys().size());
    }

    @Test
    void aJwtRenewAnswersTheTimeLeftAndCapsTheLeaseAtExp() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofMinutes(20));

        Response renewed = engine.renewLease(issued, Duration.ofHours(5));

        Secret secret = renewed.secret();
        assertEquals(Duration.ofMinutes(40), secret.leaseOptions().ttl());
        assertEquals(Duration.ofHours(1), secret.leaseOptions().maxTtl());
        assertEquals(Engine.afterFloat64(issued.secret().internalData()), secret.internalData());
        assertTrue(renewed.data().isEmpty());
        assertEquals(List.of(), revokedKeys());
    }

    @Test
    void aJwtRenewAfterExpiryAnswersZero() {
        Response issued = engine.issue("app");
        engine.clock.advance(Duration.ofHours(2));
        assertEquals(Duration.ZERO, engine.renewLease(issued, Duration.ZERO).secret().leaseOptions().ttl());
    }

    @Test
    void anOpaqueRenewExtendsTheStoredExpiryWithinTheMaximum() {
        Response issued = engine.issue("ref");
        String hash = TokenIds.sha256Hex((String) issued.data().get("token"));
        engine.clock.advance(Duration.ofMinutes(8));

        Response renewed = engine.renewLease(issued, Duration.ZERO);

        assertEquals(Duration.ofMinutes(10), renewed.secret().leaseOptions().ttl());
        assertEquals(Duration.ofHours(1), renewed.secret().leaseOptions().maxTtl());
        assertTrue(renewed.secret().leaseOptions().renewable());
        assertEquals(Engine.afterFloat64(issued.secret().internalData()), renewed.secret().internalData());
        assertTrue(renewed.data().isEmpty());
        assertEquals(Engine.START.getEpochSecond() + 18 * 60, storedExp(hash));

        engine.clock.advance(Duration.ofMinutes(47));
        Response capped = engine.renewLease(issued, Duration.ofMinutes(30));
        assertEquals(Duration.ofMinutes(5), capped.secret().leaseOptions().ttl());
        assertEquals(Engine.START.getEpochSecond() + 3600, storedExp(hash));
    }

    @Test
    void anOpaqueRenewFollowsAShorterIncrementToo() {
        Response issued = engine.issue("ref");
        String hash = TokenIds.sha256Hex((String) issued.data().get("token"));
        engine.renewLease(issued, Duration.ofMinutes(2));
        assertEquals(Engine.START.getEpochSecond() + 120, storedExp(hash));
    }

    @Test
    void renewingARevokedOpaqueTokenFailsSoTheHolderFetchesANewOne() {
        Response issued = engine.issue("ref");
        engine.call(Operation.UPDATE, "revoke", Map.of("token", issued.data().get("token")));
        assertThrows(BadRequestException.class, () -> engine.renewLease(issued, Duration.ZERO));
    }

    @Test
    void revokingAnOpaqueTokenDeletesItsRecordAndWritesNoDenyListEntry() {
        Response issued = engine.issue("ref");
        engine.clock.advance(Duration.ofMinutes(1));

        assertNull(engine.revokeLease(issued));
        assertNull(engine.revokeLease(issued));

        assertEquals(List.of("config", "roles/app", "roles/ref"), engine.keys());
    }

    @Test
    void theLeaseStartsAtTheTokensIatSoVaultsClockIsTheTokensClock() {
        engine.clock.advance(Duration.ofMillis(999));
        LeaseOptions lease = engine.issue("app").secret().leaseOptions();
        assertEquals(Engine.START, lease.issueTime());
    }

    private long storedExp(String hash) {
        return ((Number) dev.tokenbridge.sdk.logical.Json.parseObject(new String(
                engine.storage.get("opaque/" + hash).orElseThrow().value(), java.nio.charset.StandardCharsets.UTF_8))
                .get("exp")).longValue();
    }
}
