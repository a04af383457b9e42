// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code TokenBackend} must declare for the signing and discovery paths to work inside Vault. */
class SigningWiringTest {
    private static final List<String> OURS = List.of("keys", "keys/rotate", "keys/retire", "jwks",
            "\\.well-known/openid-configuration");

    private final SigningTestMount mount = new SigningTestMount();

    @Test
    void everySigningAndDiscoveryPathAndFieldHasHelpText() {
        List<Path> paths = mount.backend.paths().stream().filter(path -> OURS.contains(path.pattern())).toList();
        assertEquals(OURS.size(), paths.size(), mount.backend.paths().toString());
        for (Path path : paths) {
            assertFalse(path.helpSynopsis().isBlank(), path.pattern());
            assertTrue(path.helpDescription().length() > 40, path.pattern());
            for (Field<?> field : path.fields()) {
                assertFalse(field.description().isBlank(), path.pattern() + " " + field.name());
            }
            Response help = mount.call(Operation.HELP, path.pattern().replace("\\", ""), Map.of());
            assertTrue(help.data().get("openapi") instanceof Map, path.pattern());
        }
    }

    @Test
    void onlyJwksAndDiscoveryAreUnauthenticatedAndOnlyRotateAndRetireNeedSudo() {
        List<String> open = mount.backend.specialPaths().unauthenticated();
        assertTrue(open.containsAll(List.of("jwks", ".well-known/openid-configuration")));
        assertFalse(open.stream().anyMatch(path -> path.startsWith("keys")));
        assertTrue(mount.backend.specialPaths().root().containsAll(List.of("keys/rotate", "keys/retire")));
        assertFalse(mount.backend.specialPaths().root().contains("keys"));
    }

    @Test
    void keyRingsAreStoredUnderASealWrappedPrefix() {
        assertTrue(mount.backend.specialPaths().sealWrapStorage().contains(SigningKeyStore.PREFIX));
        mount.sign("ES256", Duration.ofMinutes(5));
        mount.storage.keys().forEach(key -> assertTrue(key.startsWith(SigningKeyStore.PREFIX), key));
    }

    @Test
    void theRollbackTickRunsScheduledRotation() {
        String first = mount.sign("ES256", Duration.ofMinutes(5)).kid();
        mount.clock.advance(Duration.ofDays(1).plusMinutes(1));
        mount.backend.handleRequest(Request.of(Operation.ROLLBACK, "", Map.of()));
        SigningKeys fresh = new SigningKeys(new SigningKeyStore(mount.storage), new ConfigStore(mount.storage), mount.clock);
        assertEquals(List.of(KeyState.RETIRING, KeyState.ACTIVE, KeyState.NEXT),
                fresh.list().stream().map(KeyInfo::state).toList());
        assertEquals(first, fresh.list().get(0).kid());
    }

    @Test
    void theInvalidateHookDropsTheEnginesCachedKeys() {
        String kid = mount.sign("ES256", Duration.ofMinutes(5)).kid();
        assertNotNull(mount.jwks().getKeyByKeyId(kid));
        new SigningKeys(new SigningKeyStore(mount.storage), new ConfigStore(mount.storage), mount.clock).retire(kid);
        assertNotNull(jwksSeenByEngine().getKeyByKeyId(kid), "still cached: no invalidation yet");
        mount.backend.invalidateKey("signing/rings/ES256");
        assertNull(jwksSeenByEngine().getKeyByKeyId(kid));
    }

    /** The JWKS straight from the engine, without telling the test signer about it. */
    private JWKSet jwksSeenByEngine() {
        try {
            return JWKSet.parse(RawResponse.body(
                    mount.backend.handleRequest(Request.of(Operation.READ, "jwks", Map.of()))));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
