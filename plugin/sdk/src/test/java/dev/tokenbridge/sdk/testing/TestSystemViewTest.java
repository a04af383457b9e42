// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tokenbridge.sdk.logical.Identity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestSystemViewTest {
    @Test
    void itStartsWithVaultsDefaultsAndNoIdentities() {
        TestSystemView view = new TestSystemView();

        assertEquals(Duration.ofHours(768), view.defaultLeaseTtl());
        assertEquals(Duration.ofHours(768), view.maxLeaseTtl());
        assertEquals(Optional.empty(), view.entityInfo("e1"));
        assertEquals(List.of(), view.groupsForEntity("e1"));
        assertEquals(0, view.replicationState());
    }

    @Test
    void testsCanTuneTtlsAndAddIdentities() {
        Identity.Entity entity = new Identity.Entity("e1", "alice", List.of(), Map.of("team", "web"), false, "root");
        Identity.Group group = new Identity.Group("g1", "admins", Map.of(), "root");

        TestSystemView view = new TestSystemView()
                .setDefaultLeaseTtl(Duration.ofMinutes(10))
                .setMaxLeaseTtl(Duration.ofHours(1))
                .putEntity(entity)
                .putGroups("e1", List.of(group));

        assertEquals(Duration.ofMinutes(10), view.defaultLeaseTtl());
        assertEquals(Duration.ofHours(1), view.maxLeaseTtl());
        assertEquals(Optional.of(entity), view.entityInfo("e1"));
        assertEquals(List.of(group), view.groupsForEntity("e1"));
    }
}
