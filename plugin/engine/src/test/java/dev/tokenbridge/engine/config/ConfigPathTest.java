// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.TokenBackend;
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.testing.InMemoryStorage;
import dev.tokenbridge.sdk.testing.TestSystemView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigPathTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Backend backend = TokenBackend.create(new BackendConfig(storage, new TestSystemView(), Map.of(), "uuid"));

    private Response call(Operation operation, Map<String, Object> data) {
        return backend.handleRequest(Request.of(operation, "config", data));
    }

    @Test
    void anUnconfiguredMountReadsItsDefaults() {
        Map<String, Object> data = call(Operation.READ, Map.of()).data();
        assertEquals("", data.get("issuer"));
        assertEquals("RS256", data.get("default_algorithm"));
        assertEquals(86400L, data.get("rotation_period"));
        assertEquals(300L, data.get("jwks_max_age"));
        assertEquals(60L, data.get("allowed_clock_skew"));
        assertEquals(15L, data.get("deny_list_max_age"));
    }

    @Test
    void writtenConfigurationIsStoredAndReadBack() {
        assertNull(call(Operation.CREATE, Map.of("issuer", "https://vault.example.test/v1/tokens",
                "default_algorithm", "ES256", "rotation_period", "12h", "jwks_max_age", 600)));
        Map<String, Object> data = call(Operation.READ, Map.of()).data();
        assertEquals("https://vault.example.test/v1/tokens", data.get("issuer"));
        assertEquals("ES256", data.get("default_algorithm"));
        assertEquals(43200L, data.get("rotation_period"));
        assertEquals(600L, data.get("jwks_max_age"));
        assertEquals(java.util.List.of("config"), storage.keys());
    }

    @Test
    void anUpdateKeepsTheFieldsItDoesNotSend() {
        call(Operation.CREATE, Map.of("issuer", "https://a.example.test", "default_algorithm", "EdDSA"));
        call(Operation.UPDATE, Map.of("allowed_clock_skew", "2m"));
        Map<String, Object> data = call(Operation.READ, Map.of()).data();
        assertEquals("https://a.example.test", data.get("issuer"));
        assertEquals("EdDSA", data.get("default_algorithm"));
        assertEquals(120L, data.get("allowed_clock_skew"));
    }

    @Test
    void theFirstWriteMustNameAnIssuer() {
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE, Map.of("jwks_max_age", "1m")));
        assertTrue(error.getMessage().startsWith("issuer: required"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.test", "ftp://example.test", "https://", "https://example.test/?a=b",
            "https://example.test/#x", "https://user@example.test", "https://example.test/", "https://exa mple.test"})
    void anIssuerThatIsNotAPlainWebUrlIsRefused(String issuer) {
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE, Map.of("issuer", issuer)));
        assertTrue(error.getMessage().startsWith("issuer: expected"), error.getMessage());
    }

    @Test
    void anUnknownAlgorithmIsRefusedNamingTheField() {
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE,
                Map.of("issuer", "https://a.example.test", "default_algorithm", "HS256")));
        assertTrue(error.getMessage().contains("default_algorithm"), error.getMessage());
    }

    @Test
    void aRotationPeriodShorterThanTwoJwksCacheLifetimesIsRefused() {
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE,
                Map.of("issuer", "https://a.example.test", "rotation_period", "5m", "jwks_max_age", "5m")));
        assertTrue(error.getMessage().startsWith("rotation_period: expected at least 600s"), error.getMessage());
    }

    @Test
    void negativeAndHugeDurationsAreRefused() {
        assertThrows(BadRequestException.class, () -> call(Operation.CREATE,
                Map.of("issuer", "https://a.example.test", "allowed_clock_skew", "-5s")));
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE,
                Map.of("issuer", "https://a.example.test", "jwks_max_age", "9999h")));
        assertTrue(error.getMessage().startsWith("jwks_max_age: expected a duration between"), error.getMessage());
    }

    @Test
    void unknownFieldsAreRefused() {
        var error = assertThrows(BadRequestException.class, () -> call(Operation.CREATE,
                Map.of("issuer", "https://a.example.test", "isuer", "typo")));
        assertTrue(error.getMessage().contains("isuer"), error.getMessage());
    }

    @Test
    void existenceCheckTellsCreateFromUpdate() {
        assertTrue(!backend.existenceCheck(Request.of(Operation.CREATE, "config", Map.of())).exists());
        call(Operation.CREATE, Map.of("issuer", "https://a.example.test"));
        assertTrue(backend.existenceCheck(Request.of(Operation.UPDATE, "config", Map.of())).exists());
    }

    @Test
    void helpDescribesThePathAndItsFields() {
        Response help = backend.handleRequest(Request.of(Operation.HELP, "config", Map.of()));
        String text = String.valueOf(help.data().get("help"));
        assertTrue(text.contains("issuer"), text);
        assertTrue(help.data().get("openapi") instanceof Map);
    }

    @Test
    void rootHelpAlwaysAnswersWithAnOpenApiDocument() {
        Response help = backend.handleRequest(Request.of(Operation.HELP, "", Map.of("requestResponsePrefix", "tokenbridge")));
        assertTrue(help.data().get("openapi") instanceof Map);
    }

    @Test
    void configIsSealWrapped() {
        assertTrue(backend.specialPaths().sealWrapStorage().contains("config"));
    }
}
