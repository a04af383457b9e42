// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.LogicalBackend;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.testing.InMemoryStorage;
import dev.tokenbridge.sdk.testing.TestSystemView;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreetingBackendTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final LogicalBackend backend =
            GreetingBackend.FACTORY.create(new BackendConfig(storage, new TestSystemView(), Map.of(), "uuid"));

    @Test
    void aStoredGreetingCanBeReadBack() {
        assertNull(backend.handleRequest(Request.of(Operation.UPDATE, "greeting", Map.of("message", "hi there"))));

        Response read = backend.handleRequest(Request.of(Operation.READ, "greeting", Map.of()));

        assertEquals("hi there", read.data().get("message"));
    }

    @Test
    void readingAGreetingThatWasNeverStoredAnswersNothing() {
        assertNull(backend.handleRequest(Request.of(Operation.READ, "greeting", Map.of())));
    }

    @Test
    void storingAGreetingWithoutAMessageIsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> backend.handleRequest(Request.of(Operation.UPDATE, "greeting", Map.of())));

        assertEquals("message: required", e.getMessage());
    }

    @Test
    void aLeaseCarriesItsTypeAndTheRequestedTtl() {
        Response issued = backend.handleRequest(Request.of(Operation.READ, "lease", Map.of("ttl", "90s")));

        Secret secret = issued.secret();
        assertEquals("greeting", secret.secretType());
        assertEquals(Duration.ofSeconds(90), secret.leaseOptions().ttl());
        assertFalse(secret.leaseOptions().renewable());
        assertEquals("hello", issued.data().get("message"));
    }

    @Test
    void revokingALeaseRecordsItInStorage() {
        Response issued = backend.handleRequest(Request.of(Operation.READ, "lease", Map.of()));
        String id = (String) issued.data().get("id");

        Request revoke = Request.of(Operation.REVOKE, "lease", issued.data()).withSecret(issued.secret());
        assertNull(backend.handleRequest(revoke));

        assertTrue(storage.get("revoked/" + id).isPresent());
    }
}
