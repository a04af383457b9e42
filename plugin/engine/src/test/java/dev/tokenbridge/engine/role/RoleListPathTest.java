// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleListPathTest {
    private final Engine engine = new Engine();

    @Test
    void aMountWithoutRolesListsNone() {
        assertEquals(List.of(), engine.call(Operation.LIST, "roles/", Map.of()).data().get("keys"));
    }

    @Test
    void watermarksOfARoleDoNotShowUpAsRoles() {
        engine.role("app", Map.of());
        engine.call(Operation.UPDATE, "roles/app/revoke-issued-before", Map.of());
        assertEquals(List.of("app"), engine.call(Operation.LIST, "roles/", Map.of()).data().get("keys"));
    }
}
