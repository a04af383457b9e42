// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.StorageEntry;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyRingSignerTest {
    private final SigningTestMount mount = new SigningTestMount();

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void everyAlgorithmSignsATokenThatVerifiesAgainstThePublishedJwks(Algorithm algorithm) throws ParseException {
        TokenSigner.SignedToken token = mount.sign(algorithm.name(), Duration.ofMinutes(10));
        JWKSet jwks = mount.jwks();
        assertTrue(JwtChecks.verifies(token.compact(), jwks), algorithm + " token must verify");
        JWSObject jws = JWSObject.parse(token.compact());
        assertEquals(algorithm.name(), jws.getHeader().getAlgorithm().getName());
        assertEquals(token.kid(), jws.getHeader().getKeyID());
        assertEquals("at+jwt", jws.getHeader().getType().getType());
        assertEquals("app", jws.getPayload().toJSONObject().get("sub"));
    }

    @Test
    void theFirstSignatureCreatesARingWithAnActiveAndANextKeyBothPublished() {
        TokenSigner.SignedToken token = mount.sign("ES256", Duration.ofMinutes(5));
        List<KeyInfo> keys = new SigningKeys(new SigningKeyStore(mount.storage), new ConfigStore(mount.storage),
                mount.clock).list();
        assertEquals(List.of(KeyState.ACTIVE, KeyState.NEXT), keys.stream().map(KeyInfo::state).toList());
        assertEquals(token.kid(), keys.get(0).kid());
        assertEquals(2, mount.jwks().getKeys().size());
        assertEquals(List.of("signing/rings/ES256"), mount.storage.keys());
        assertTrue(mount.storage.get("signing/rings/ES256").orElseThrow().sealWrap(), "key rings are seal-wrapped");
    }

    @Test
    void theKidIsTheRfc7638ThumbprintOfThePublishedKey() throws Exception {
        TokenSigner.SignedToken token = mount.sign("RS256", Duration.ofMinutes(5));
        assertEquals(token.kid(), mount.jwks().getKeyByKeyId(token.kid()).computeThumbprint().toString());
    }

    @Test
    void signingAgainWithNoLongerLifetimeWritesNothing() {
        mount.sign("ES256", Duration.ofMinutes(30));
        SortedMap<String, StorageEntry> before = mount.storage.snapshot();
        mount.clock.advance(Duration.ofMinutes(3));
        mount.sign("ES256", Duration.ofMinutes(30));
        mount.sign("ES256", Duration.ofMinutes(29).plusSeconds(30));
        assertEquals(before, mount.storage.snapshot());
    }

    @Test
    void aLongerLivedTokenRaisesTheKeysHighWaterMarkBeforeItIsSigned() {
        TokenSigner.SignedToken first = mount.sign("ES256", Duration.ofMinutes(10));
        assertEquals(600, activeKey("ES256").maxTtlSeconds());
        mount.sign("ES256", Duration.ofHours(2).plusSeconds(1));
        assertEquals(first.kid(), activeKey("ES256").kid());
        assertEquals(7260, activeKey("ES256").maxTtlSeconds(), "rounded up to whole minutes");
    }

    @Test
    void anUnknownAlgorithmIsABadRequestNamingTheField() {
        var error = assertThrows(BadRequestException.class, () -> mount.sign("HS256", Duration.ofMinutes(5)));
        assertTrue(error.getMessage().startsWith("algorithm: expected one of RS256, RS384, RS512, PS256, ES256, ES384,"
                + " EdDSA, got \"HS256\""), error.getMessage());
    }

    @Test
    void claimsWithoutANumericExpAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> mount.signer.sign("ES256", "JWT", Map.of("sub", "x")));
        assertThrows(IllegalArgumentException.class, () -> mount.signer.sign("ES256", "JWT", Map.of("exp", "soon")));
    }

    @Test
    void aStandbyCannotCreateARingAndSaysSoInVaultsOwnWords() {
        mount.storage.setReadOnly(true);
        var error = assertThrows(ReadOnlyStorageException.class, () -> mount.sign("ES256", Duration.ofMinutes(5)));
        assertEquals("cannot write to readonly storage", error.getMessage());
    }

    @Test
    void aStandbySignsFromAnExistingRingWithoutWriting() {
        mount.sign("ES256", Duration.ofMinutes(10));
        mount.storage.setReadOnly(true);
        TokenSigner.SignedToken token = mount.sign("ES256", Duration.ofMinutes(10));
        assertTrue(JwtChecks.verifies(token.compact(), mount.jwks()));
    }

    @Test
    void invalidateDropsTheCachedRingSoAnotherNodesRetirementTakesEffect() {
        String first = mount.sign("ES256", Duration.ofMinutes(5)).kid();
        // Another node retires the key: the signer's cache still holds it until Vault says otherwise.
        SigningKeys otherNode = new SigningKeys(new SigningKeyStore(mount.storage), new ConfigStore(mount.storage),
                mount.clock);
        otherNode.retire(first);
        assertEquals(first, mount.signer.sign("ES256", "JWT", claims(300)).kid(), "cached until invalidated");
        mount.signerStore.invalidate("signing/rings/ES256");
        String second = mount.signer.sign("ES256", "JWT", claims(300)).kid();
        assertNotEquals(first, second);
        assertFalse(mount.jwks().getKeys().stream().anyMatch(key -> key.getKeyID().equals(first)));
    }

    @Test
    void invalidateIgnoresKeysOutsideTheSigningPrefix() {
        String first = mount.sign("ES256", Duration.ofMinutes(5)).kid();
        new SigningKeys(new SigningKeyStore(mount.storage), new ConfigStore(mount.storage), mount.clock).retire(first);
        mount.signerStore.invalidate("config");
        assertEquals(first, mount.signer.sign("ES256", "JWT", claims(300)).kid());
    }

    @Test
    void theNextKeySignsOnScheduleEvenBeforeThePeriodicHookRuns() {
        mount.sign("ES256", Duration.ofMinutes(5));
        KeyRing ring = ring("ES256");
        String next = ring.pending(SigningTestMount.START.getEpochSecond()).orElseThrow().kid();
        mount.clock.advance(Duration.ofDays(1));
        assertEquals(next, mount.signer.sign("ES256", "JWT", claims(0)).kid(), "the next key signs on schedule");
    }

    @Test
    void aSignedTokenPrintsOnlyItsKid() {
        TokenSigner.SignedToken token = mount.sign("ES256", Duration.ofMinutes(5));
        assertEquals("SignedToken[kid=" + token.kid() + "]", token.toString());
    }

    private Map<String, Object> claims(long ttl) {
        return Map.of("exp", mount.clock.instant().getEpochSecond() + ttl);
    }

    private KeyRing ring(String algorithm) {
        return Json.read(mount.storage.get("signing/rings/" + algorithm).orElseThrow().value(), KeyRing.class);
    }

    private SigningKey activeKey(String algorithm) {
        return ring(algorithm).signingKey(mount.clock.instant().getEpochSecond()).orElseThrow();
    }
}
