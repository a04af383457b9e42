// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.signing.SigningTestMount;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.CodedException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcDiscoveryPathTest {
    private static final String PATH = ".well-known/openid-configuration";
    private final SigningTestMount mount = new SigningTestMount();

    @Test
    void withoutAnIssuerTheDocumentIsA404ThatSaysWhatToConfigure() {
        Request request = new Request("", Operation.READ, PATH, Map.of(), null, "", "", "", "tokens/", "", true,
                Map.of(), "");
        var error = assertThrows(CodedException.class, () -> mount.backend.handleRequest(request));
        assertEquals(404, error.httpStatus());
        assertEquals("config: issuer is not configured; write tokens/config issuer=<URL of this mount>",
                error.getMessage());
    }

    @Test
    void theDocumentPointsVerifiersAtTheIssuersEndpoints() {
        mount.configure(Map.of("issuer", "https://vault.example.test/v1/tokens", "jwks_max_age", "2m"));
        Response response = mount.call(Operation.READ, PATH, Map.of());
        assertEquals("application/json", response.data().get("http_content_type"));
        assertEquals("max-age=120", response.data().get("http_raw_cache_control"));
        Map<String, Object> document = Json.parseObject(RawResponse.body(response));
        assertEquals("https://vault.example.test/v1/tokens", document.get("issuer"));
        assertEquals("https://vault.example.test/v1/tokens/jwks", document.get("jwks_uri"));
        assertEquals("https://vault.example.test/v1/tokens/introspect", document.get("introspection_endpoint"));
        assertEquals("https://vault.example.test/v1/tokens/revoked", document.get("revocation_list_uri"));
        assertEquals(List.of("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"),
                document.get("id_token_signing_alg_values_supported"));
        assertEquals(List.of("public"), document.get("subject_types_supported"));
    }

    @Test
    void theDocumentNeedsNoTokenAndTheDotIsLiteral() {
        assertTrue(mount.backend.specialPaths().unauthenticated().contains(PATH));
        mount.configure(Map.of());
        assertThrows(RuntimeException.class, () -> mount.call(Operation.READ, "xwell-known/openid-configuration", Map.of()));
    }
}
