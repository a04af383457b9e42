// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.PluginProcesses;
import dev.tokenbridge.it.support.Poll;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Disabling a mount stops the plugin process promptly. */
class UnmountIT {

  private static final Duration PROMPT = Duration.ofSeconds(5);

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void disablingTheMountReturnsWithinSecondsAndLeavesNoPluginProcess() {
    String mount = mounts.enable();
    Path pluginFile = VAULT.pluginFile();
    assertFalse(PluginProcesses.running(pluginFile).isEmpty(), "no process runs " + pluginFile + " while mounted");

    VaultCli.Result disable = mounts.disable(mount).assertSuccess();

    assertTrue(disable.elapsed().compareTo(PROMPT) < 0, "vault secrets disable took " + disable.elapsed());
    Poll.until(PROMPT, "no process runs " + pluginFile, () -> PluginProcesses.running(pluginFile).isEmpty());
  }
}
