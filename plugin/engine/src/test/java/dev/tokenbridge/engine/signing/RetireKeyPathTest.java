// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetireKeyPathTest {
    private final SigningTestMount mount = new SigningTestMount();

    @Test
    void retiringTheActiveKeyDropsItFromTheJwksAtOnceAndTheNextKeySigns() {
        TokenSigner.SignedToken compromised = mount.sign("RS256", Duration.ofHours(1));
        mount.clock.advance(Duration.ofHours(2));
        Response response = mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", compromised.kid()));
        assertEquals(compromised.kid(), response.data().get("retired"));
        assertNull(mount.jwks().getKeyByKeyId(compromised.kid()));
        assertFalse(JwtChecks.verifies(compromised.compact(), mount.jwks()));
        TokenSigner.SignedToken fresh = mount.sign("RS256", Duration.ofHours(1));
        assertNotEquals(compromised.kid(), fresh.kid());
        assertTrue(JwtChecks.verifies(fresh.compact(), mount.jwks()));
        assertEquals(List.of(), response.warnings(), "the next key had been published long enough");
    }

    @Test
    void retiringAKeyPublishedMomentsAgoWarnsThatVerifiersMayNotKnowItsSuccessor() {
        TokenSigner.SignedToken token = mount.sign("ES256", Duration.ofMinutes(5));
        Response response = mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", token.kid()));
        assertEquals(1, response.warnings().size());
        assertTrue(response.warnings().get(0).contains("published only 0s ago"), response.warnings().get(0));
    }

    @Test
    void aRetiredKeyNeverSignsAgain() {
        String kid = mount.sign("EdDSA", Duration.ofMinutes(5)).kid();
        mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", kid));
        for (int day = 0; day < 3; day++) {
            mount.clock.advance(Duration.ofHours(12));
            mount.tick();
            assertNotEquals(kid, mount.sign("EdDSA", Duration.ofMinutes(5)).kid());
        }
    }

    @Test
    void aMissingKidIsABadRequestNamingTheField() {
        var error = assertThrows(BadRequestException.class, () -> mount.call(Operation.UPDATE, "keys/retire", Map.of()));
        assertTrue(error.getMessage().startsWith("kid:"), error.getMessage());
    }

    @Test
    void anUnknownKidIsABadRequestNamingTheField() {
        mount.sign("ES256", Duration.ofMinutes(5));
        var error = assertThrows(BadRequestException.class,
                () -> mount.call(Operation.UPDATE, "keys/retire", Map.of("kid", "no-such-key")));
        assertTrue(error.getMessage().startsWith("kid: no published signing key has id \"no-such-key\""),
                error.getMessage());
    }

    @Test
    void retireNeedsSudo() {
        assertTrue(mount.backend.specialPaths().root().contains("keys/retire"));
    }
}
