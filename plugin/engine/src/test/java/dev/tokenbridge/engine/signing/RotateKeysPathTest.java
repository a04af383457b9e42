// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotateKeysPathTest {
    private final SigningTestMount mount = new SigningTestMount();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(Response response) {
        return (List<Map<String, Object>>) response.data().get("keys");
    }

    @Test
    void rotateMakesTheNextKeyActiveAndStartsRetiringTheOldOne() {
        TokenSigner.SignedToken before = mount.sign("PS256", Duration.ofMinutes(10));
        mount.clock.advance(Duration.ofHours(1));
        Response response = mount.call(Operation.UPDATE, "keys/rotate", Map.of());
        List<Map<String, Object>> keys = keys(response);
        assertEquals(List.of("retiring", "active", "next"), keys.stream().map(key -> key.get("state")).toList());
        assertEquals(before.kid(), keys.get(0).get("kid"));
        assertEquals(List.of(), response.warnings());
        TokenSigner.SignedToken after = mount.sign("PS256", Duration.ofMinutes(10));
        assertEquals(keys.get(1).get("kid"), after.kid());
        assertTrue(JwtChecks.verifies(before.compact(), mount.jwks()), "old tokens stay verifiable");
        assertTrue(JwtChecks.verifies(after.compact(), mount.jwks()));
    }

    @Test
    void rotateCanBeLimitedToOneAlgorithm() {
        mount.sign("ES256", Duration.ofMinutes(5));
        mount.sign("EdDSA", Duration.ofMinutes(5));
        mount.clock.advance(Duration.ofHours(1));
        List<Map<String, Object>> keys = keys(mount.call(Operation.UPDATE, "keys/rotate", Map.of("algorithm", "EdDSA")));
        assertTrue(keys.stream().allMatch(key -> key.get("algorithm").equals("EdDSA")));
        assertEquals(3, keys.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) mount.call(Operation.READ, "keys", Map.of())
                .data().get("keys");
        assertEquals(2, all.stream().filter(key -> key.get("algorithm").equals("ES256")).count(), "ES256 untouched");
    }

    @Test
    void rotatingTwiceInARowDelaysTheSecondActivationAndSaysSo() {
        mount.sign("ES256", Duration.ofMinutes(5));
        mount.clock.advance(Duration.ofHours(1));
        mount.call(Operation.UPDATE, "keys/rotate", Map.of());
        Response again = mount.call(Operation.UPDATE, "keys/rotate", Map.of());
        assertEquals(1, again.warnings().size());
        assertTrue(again.warnings().get(0).contains("signs from 2030-01-01T01:06:00Z"), again.warnings().get(0));
        Map<String, Object> next = keys(again).get(keys(again).size() - 1);
        assertEquals("next", next.get("state"));
        assertEquals("2030-01-01T01:06:00Z", next.get("activates_at"));
    }

    @Test
    void rotatingBeforeAnyTokenWasSignedIsABadRequestNamingAlgorithm() {
        var error = assertThrows(BadRequestException.class, () -> mount.call(Operation.UPDATE, "keys/rotate", Map.of()));
        assertTrue(error.getMessage().startsWith("algorithm: no key ring"), error.getMessage());
        mount.sign("ES256", Duration.ofMinutes(5));
        var missing = assertThrows(BadRequestException.class,
                () -> mount.call(Operation.UPDATE, "keys/rotate", Map.of("algorithm", "RS512")));
        assertTrue(missing.getMessage().startsWith("algorithm: no key ring for RS512"), missing.getMessage());
    }

    @Test
    void anUnknownAlgorithmIsABadRequestNamingTheField() {
        var error = assertThrows(BadRequestException.class,
                () -> mount.call(Operation.UPDATE, "keys/rotate", Map.of("algorithm", "HS256")));
        assertTrue(error.getMessage().startsWith("algorithm:"), error.getMessage());
    }

    @Test
    void rotateNeedsSudo() {
        assertTrue(mount.backend.specialPaths().root().contains("keys/rotate"));
        assertFalse(mount.backend.specialPaths().unauthenticated().contains("keys/rotate"));
    }
}
