// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.sdk.logical.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mistakes in a path's declaration fail when it is built, not when Vault first calls it. */
class PathTest {
    static final Field<String> NAME = Field.string("name").description("The name.").build();
    static final Handler NOTHING = (r, d) -> null;

    private static Path.Builder path(String pattern) {
        return Path.builder(pattern).helpSynopsis("Synopsis.").helpDescription("Description.");
    }

    @Test
    void aCreateOperationNeedsAnExistenceCheck() {
        assertThrows(IllegalStateException.class,
                () -> path("x").operation(Operation.CREATE, "Create.", NOTHING).build());
    }

    @Test
    void everyCaptureMustBeADeclaredField() {
        assertThrows(IllegalStateException.class,
                () -> path("roles/(?<name>\\w+)").operation(Operation.READ, "Read.", NOTHING).build());
    }

    @Test
    void aPathNeedsHelpAndAtLeastOneOperation() {
        assertThrows(IllegalStateException.class, () -> path("x").build());
        assertThrows(IllegalStateException.class,
                () -> Path.builder("x").operation(Operation.READ, "Read.", NOTHING).build());
    }

    @Test
    void operationsNeedASummaryAndMayBeDeclaredOnce() {
        assertThrows(IllegalArgumentException.class, () -> path("x").operation(Operation.READ, " ", NOTHING));
        assertThrows(IllegalArgumentException.class, () -> path("x").operation(Operation.READ, "Read.", NOTHING)
                .operation(Operation.READ, "Again.", NOTHING));
    }

    @Test
    void leaseRollbackAndHelpOperationsBelongToTheBackend() {
        for (Operation op : List.of(Operation.RENEW, Operation.REVOKE, Operation.ROLLBACK, Operation.HELP)) {
            assertThrows(IllegalArgumentException.class, () -> path("x").operation(op, "No.", NOTHING));
        }
    }

    @Test
    void fieldsAreDeclaredOnceEach() {
        assertThrows(IllegalArgumentException.class, () -> path("x").fields(NAME, NAME));
    }

    @Test
    void theGenericNameRegexAcceptsVaultNames() {
        Path path = path("roles/" + Path.genericNameRegex("name")).fields(NAME)
                .operation(Operation.READ, "Read.", NOTHING).build();

        assertEquals(Map.of("name", "my-role.v2"), path.compiled().match("roles/my-role.v2"));
        assertEquals(null, path.compiled().match("roles/-bad"));
    }

    @Test
    void aBackendRejectsTheSamePatternTwice() {
        Path a = path("x").operation(Operation.READ, "Read.", NOTHING).build();
        Path b = path("^x$").operation(Operation.READ, "Read.", NOTHING).build();

        assertThrows(IllegalStateException.class, () -> Backend.builder().help("h").paths(a, b).build());
        assertThrows(IllegalStateException.class, () -> Backend.builder().help("h").build());
    }
}
