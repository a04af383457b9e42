// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.PluginProcesses;
import dev.tokenbridge.it.support.VaultExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One plugin JVM serves every mount of the plugin, each with its own storage. */
class MultiplexedMountsIT {
    @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
    @RegisterExtension final Mounts mounts = new Mounts(VAULT);

    @Test
    void threeMountsAreServedByOneProcessWithIsolatedStorage() {
        List<String> paths = List.of(mounts.enable(), mounts.enable(), mounts.enable());
        for (String path : paths) {
            VAULT.cli().run("write", path + "/config", "issuer=https://" + path + ".example.test").assertSuccess();
        }

        for (String path : paths) {
            String issuer = VAULT.cli().run("read", "-format=json", path + "/config").assertSuccess()
                    .data().get("issuer").getAsString();
            assertEquals("https://" + path + ".example.test", issuer);
        }
        assertEquals(1, PluginProcesses.running(VAULT.pluginFile()).size(),
                "one plugin process serves all mounts");
    }
}
