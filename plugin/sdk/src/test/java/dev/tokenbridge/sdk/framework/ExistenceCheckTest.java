// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.sdk.logical.ExistenceCheck;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.InvalidRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.UnsupportedPathException;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExistenceCheckTest {
    static final Field<String> NAME = Field.string("name").description("The role's name.").build();
    static final Field<Long> SIZE = Field.integer("size").description("A size.").required().build();
    static final Set<String> EXISTING = Set.of("web");

    private static Path.Builder path(String pattern) {
        return Path.builder(pattern).helpSynopsis("Synopsis.").helpDescription("Description.");
    }

    private final Backend backend = Backend.builder()
            .help("A backend for existence checks.")
            .paths(path("roles/(?<name>\\w+)").fields(NAME, SIZE)
                            .existenceCheck((request, data) -> EXISTING.contains(data.get(NAME)))
                            .operation(Operation.CREATE, "Create.", (r, d) -> null)
                            .operation(Operation.UPDATE, "Update.", (r, d) -> null)
                            .build(),
                    path("config").operation(Operation.UPDATE, "Update.", (r, d) -> null).build(),
                    path("broken").existenceCheck((r, d) -> {
                        throw new IllegalStateException("storage exploded");
                    }).operation(Operation.UPDATE, "Update.", (r, d) -> null).build())
            .build();

    private ExistenceCheck check(Operation operation, String path, Map<String, Object> data) {
        return backend.existenceCheck(Request.of(operation, path, data));
    }

    @Test
    void aPathWithACheckReportsWhetherTheObjectExists() {
        assertEquals(ExistenceCheck.checked(true), check(Operation.CREATE, "roles/web", Map.of("size", 1)));
        assertEquals(ExistenceCheck.checked(false), check(Operation.UPDATE, "roles/api", Map.of("size", 1)));
    }

    @Test
    void aPathWithoutACheckIsNotChecked() {
        assertEquals(ExistenceCheck.notChecked(), check(Operation.UPDATE, "config", Map.of()));
    }

    @Test
    void anUnknownPathIsUnsupported() {
        assertThrows(UnsupportedPathException.class, () -> check(Operation.CREATE, "nowhere", Map.of()));
    }

    @Test
    void onlyCreateAndUpdateAreChecked() {
        assertThrows(InvalidRequestException.class, () -> check(Operation.READ, "roles/web", Map.of()));
    }

    @Test
    void invalidParametersAreLeftForTheRequestItselfToReject() {
        assertEquals(ExistenceCheck.notChecked(), check(Operation.CREATE, "roles/web", Map.of("size", "big")));
        assertEquals(ExistenceCheck.notChecked(), check(Operation.CREATE, "roles/web", Map.of()));
    }

    @Test
    void aFailingCheckIsAnInternalError() {
        try (LogCapture ignored = LogCapture.start()) {
            assertThrows(InternalException.class, () -> check(Operation.UPDATE, "broken", Map.of()));
        }
    }
}
