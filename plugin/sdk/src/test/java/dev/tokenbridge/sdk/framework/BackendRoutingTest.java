// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.OperationNotSupportedException;
import dev.tokenbridge.sdk.logical.PermissionDeniedException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.UnsupportedPathException;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackendRoutingTest {
    static final Field<String> NAME = Field.string("name").description("The role's name.").build();
    static final Field<Duration> TTL = Field.duration("ttl").description("The role's TTL.").build();
    static final PermissionDeniedException DENIED = new PermissionDeniedException("not yours");

    private final AtomicInteger handlerCalls = new AtomicInteger();

    record Facts(String kind, Duration ttl) {}

    private Response echo(Request request, FieldData data) {
        handlerCalls.incrementAndGet();
        return Response.of(Map.of("name", data.get(NAME), "ttl", data.get(TTL), "operation",
                request.operation().wireName()));
    }

    private static Path.Builder path(String pattern) {
        return Path.builder(pattern).helpSynopsis("Synopsis of " + pattern).helpDescription("Description.");
    }

    private final Backend backend = Backend.builder()
            .help("A backend for routing tests.")
            .paths(path("roles/?").operation(Operation.LIST, "List roles.", (r, d) -> Response.list(List.of("a")))
                            .build(),
                    path("roles/(?<name>\\w+)").fields(NAME, TTL)
                            .operation(Operation.READ, "Read a role.", this::echo)
                            .operation(Operation.UPDATE, "Write a role.", this::echo)
                            .build(),
                    path("roles/special").operation(Operation.READ, "Never reached.", (r, d) -> Response.of(Map.of()))
                            .build(),
                    path("boom").takesArbitraryInput().operation(Operation.READ, "Fails.", (r, d) -> {
                        throw new IllegalStateException("database password is hunter2");
                    }).build(),
                    path("denied").operation(Operation.READ, "Denies.", (r, d) -> {
                        throw DENIED;
                    }).build(),
                    path("typed").operation(Operation.READ, "Answers with Java values.", (r, d) -> Response.of(Map.of(
                            "ttl", Duration.ofMinutes(2), "at", Instant.EPOCH, "bytes", new byte[] {1, 2},
                            "facts", new Facts("x", Duration.ofSeconds(5)), "list", List.of(Duration.ofSeconds(1)))))
                            .build(),
                    path("odd").operation(Operation.READ, "Answers with an unsupported value.",
                            (r, d) -> Response.of(Map.of("thread", Thread.currentThread()))).build())
            .build();

    private Response handle(Operation operation, String path, Map<String, ?> data) {
        return backend.handleRequest(Request.of(operation, path, Map.copyOf(data)));
    }

    @Test
    void theFirstMatchingPathWins() {
        assertEquals("special", handle(Operation.READ, "roles/special", Map.of()).data().get("name"));
    }

    @Test
    void patternsMustMatchTheWholePath() {
        assertThrows(UnsupportedPathException.class, () -> handle(Operation.READ, "xroles/a", Map.of()));
        assertThrows(UnsupportedPathException.class, () -> handle(Operation.READ, "roles/a/b", Map.of()));
        assertThrows(UnsupportedPathException.class, () -> handle(Operation.HELP, "nowhere", Map.of()));
    }

    @Test
    void capturedValuesOverrideBodyValuesWithAWarning() {
        Response response = handle(Operation.UPDATE, "roles/a", Map.of("name", "b", "ttl", "1m"));

        assertEquals("a", response.data().get("name"));
        assertEquals(List.of("Endpoint replaced the value of these parameters with the values captured from the "
                + "endpoint's path: [name]"), response.warnings());
    }

    @Test
    void aBodyWithoutTheCapturedNameGetsNoWarning() {
        assertEquals(List.of(), handle(Operation.UPDATE, "roles/a", Map.of("ttl", "1m")).warnings());
    }

    @Test
    void anOperationThePathDoesNotSupportIsRejected() {
        assertThrows(OperationNotSupportedException.class, () -> handle(Operation.DELETE, "roles/a", Map.of()));
        assertThrows(OperationNotSupportedException.class, () -> handle(Operation.READ, "roles/", Map.of()));
    }

    @Test
    void aCreateOnAPathThatOnlyUpdatesRunsTheUpdateHandler() {
        assertEquals("create", handle(Operation.CREATE, "roles/a", Map.of()).data().get("operation"));
    }

    @Test
    void invalidParametersAreRejectedBeforeTheHandlerRuns() {
        assertThrows(BadRequestException.class, () -> handle(Operation.UPDATE, "roles/a", Map.of("ttl", "soon")));
        assertThrows(BadRequestException.class, () -> handle(Operation.UPDATE, "roles/a", Map.of("colour", "red")));

        assertEquals(0, handlerCalls.get());
    }

    @Test
    void anUnexpectedExceptionBecomesAnInternalErrorThatHidesItsMessage() {
        try (LogCapture log = LogCapture.start()) {
            InternalException e = assertThrows(InternalException.class,
                    () -> handle(Operation.READ, "boom", Map.of("password", "request-secret")));

            assertEquals(InternalException.GENERIC_MESSAGE, e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"));
            assertTrue(log.text().contains("IllegalStateException"));
            assertFalse(log.text().contains("request-secret"));
        }
    }

    @Test
    void aPluginExceptionFromAHandlerPassesThroughUnchanged() {
        assertSame(DENIED, assertThrows(PermissionDeniedException.class, () -> handle(Operation.READ, "denied",
                Map.of())));
    }

    @Test
    void responseValuesBecomePlainJson() {
        Response response = handle(Operation.READ, "typed", Map.of());

        assertEquals(120L, response.data().get("ttl"));
        assertEquals("1970-01-01T00:00:00Z", response.data().get("at"));
        assertEquals("AQI=", response.data().get("bytes"));
        assertEquals(Map.of("kind", "x", "ttl", 5L), response.data().get("facts"));
        assertEquals(List.of(1L), response.data().get("list"));
        assertTrue(Json.write(response.data()).startsWith("{"));
    }

    @Test
    void aResponseValueThatCannotBeJsonIsAnInternalError() {
        try (LogCapture log = LogCapture.start()) {
            assertThrows(InternalException.class, () -> handle(Operation.READ, "odd", Map.of()));
            assertTrue(log.text().contains("data.thread"));
        }
    }
}
