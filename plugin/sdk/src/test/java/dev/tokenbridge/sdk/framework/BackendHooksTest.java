// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BackendHooksTest {
    private final List<String> calls = new ArrayList<>();

    private Backend backend(Consumer<Request> periodic) {
        return Backend.builder()
                .help("A backend with hooks.")
                .paths(Path.builder("x").operation(Operation.READ, "Read.", (r, d) -> null)
                        .helpSynopsis("X.").helpDescription("The x path.").build())
                .periodic(periodic)
                .invalidate(key -> calls.add("invalidate " + key))
                .initialize(() -> calls.add("initialize"))
                .cleanup(() -> calls.add("cleanup"))
                .rootPaths("keys/rotate")
                .unauthenticatedPaths("jwks", ".well-known/*")
                .sealWrapStorage("keys/")
                .localStorage("cache/")
                .build();
    }

    private static Request rollback() {
        return Request.of(Operation.ROLLBACK, "", null);
    }

    @Test
    void aRollbackRunsThePeriodicHookAndAnswersNothing() {
        Backend backend = backend(request -> calls.add("periodic"));

        assertNull(backend.handleRequest(rollback()));

        assertEquals(List.of("periodic"), calls);
    }

    @Test
    void aFailingPeriodicHookIsLoggedNotThrown() {
        Backend backend = backend(request -> {
            throw new IllegalStateException("rotation failed");
        });
        try (LogCapture log = LogCapture.start()) {
            assertDoesNotThrow(() -> backend.handleRequest(rollback()));
            assertTrue(log.text().contains("rotation failed"));
        }
    }

    @Test
    void aReadOnlyStorageErrorFromThePeriodicHookPassesThroughUnchanged() {
        ReadOnlyStorageException readOnly = new ReadOnlyStorageException();
        Backend backend = backend(request -> {
            throw readOnly;
        });

        assertSame(readOnly, assertThrows(ReadOnlyStorageException.class, () -> backend.handleRequest(rollback())));
    }

    @Test
    void lifecycleHooksRunWhenVaultAsks() {
        Backend backend = backend(request -> { });

        backend.initialize();
        backend.invalidateKey("roles/web");
        backend.cleanup();

        assertEquals(List.of("initialize", "invalidate roles/web", "cleanup"), calls);
    }

    @Test
    void aFailingInitializeHookFailsTheMountWithAnInternalError() {
        Backend backend = Backend.builder().help("h")
                .paths(Path.builder("x").operation(Operation.READ, "Read.", (r, d) -> null)
                        .helpSynopsis("X.").helpDescription("The x path.").build())
                .initialize(() -> {
                    throw new IllegalStateException("no storage");
                })
                .build();
        try (LogCapture ignored = LogCapture.start()) {
            assertThrows(InternalException.class, backend::initialize);
        }
    }

    @Test
    void specialPathsAreReportedAsDeclared() {
        assertEquals(new SpecialPaths(List.of("keys/rotate"), List.of("jwks", ".well-known/*"), List.of("keys/"),
                List.of("cache/")), backend(request -> { }).specialPaths());
    }

    @Test
    void aBackendWithoutHooksStillAnswersRollback() {
        Backend backend = Backend.builder().help("h")
                .paths(Path.builder("x").operation(Operation.READ, "Read.", (r, d) -> null)
                        .helpSynopsis("X.").helpDescription("The x path.").build())
                .build();

        assertNull(backend.handleRequest(Request.of(Operation.ROLLBACK, "", Map.of())));
        assertDoesNotThrow(() -> backend.invalidateKey("k"));
    }
}
