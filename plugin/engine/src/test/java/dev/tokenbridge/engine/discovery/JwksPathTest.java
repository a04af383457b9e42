// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.tokenbridge.engine.signing.JwtChecks;
import dev.tokenbridge.engine.signing.SigningTestMount;
import dev.tokenbridge.engine.signing.TokenSigner;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwksPathTest {
    private final SigningTestMount mount = new SigningTestMount();

    private Response read() {
        return mount.call(Operation.READ, "jwks", Map.of());
    }

    @Test
    void theJwksIsARawJsonResponseThatVaultWritesWithoutItsEnvelope() {
        Response response = read();
        assertEquals("application/json", response.data().get("http_content_type"));
        assertEquals(200, response.data().get("http_status_code"));
        assertEquals("max-age=300", response.data().get("http_raw_cache_control"));
        assertEquals(Map.of("keys", List.of()), Json.parseObject(RawResponse.body(response)));
    }

    @Test
    void theCacheLifetimeFollowsJwksMaxAge() {
        mount.configure(Map.of("jwks_max_age", "90s"));
        assertEquals("max-age=90", read().data().get("http_raw_cache_control"));
    }

    @Test
    void itPublishesTheActiveAndNextKeyOfEveryAlgorithmInUse() {
        TokenSigner.SignedToken es = mount.sign("ES256", Duration.ofMinutes(5));
        TokenSigner.SignedToken ed = mount.sign("EdDSA", Duration.ofMinutes(5));
        JWKSet jwks = mount.jwks();
        assertEquals(4, jwks.getKeys().size());
        for (JWK key : jwks.getKeys()) {
            assertTrue(!key.isPrivate(), key.getKeyID());
            assertEquals("sig", key.getKeyUse().identifier());
        }
        assertTrue(JwtChecks.verifies(es.compact(), jwks));
        assertTrue(JwtChecks.verifies(ed.compact(), jwks));
    }

    @Test
    void aRetiringKeyStaysPublishedWhileItsTokensCanBeValid() {
        TokenSigner.SignedToken old = mount.sign("RS256", Duration.ofHours(1));
        mount.clock.advance(Duration.ofDays(1));
        mount.tick();
        assertEquals(3, mount.jwks().getKeys().size());
        assertTrue(JwtChecks.verifies(old.compact(), mount.jwks()));
    }

    @Test
    void theJwksNeedsNoToken() {
        assertTrue(mount.backend.specialPaths().unauthenticated().contains("jwks"));
    }
}
