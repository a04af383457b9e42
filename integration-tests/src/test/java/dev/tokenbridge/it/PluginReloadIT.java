// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.PluginProcesses;
import dev.tokenbridge.it.support.Poll;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code vault plugin reload} replaces the plugin process; state lives in Vault storage. */
class PluginReloadIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void reloadingThePluginReplacesItsProcessAndKeepsTheStoredConfig() {
    String mount = mounts.enable();
    VaultCli cli = VAULT.cli();
    Path pluginFile = VAULT.pluginFile();
    cli.run("write", mount + "/config", "issuer=https://example.test").assertSuccess();
    List<Long> before = PluginProcesses.running(pluginFile);
    assertFalse(before.isEmpty(), "no process runs " + pluginFile + " while " + mount + " is mounted");

    cli.run("plugin", "reload", "-type=secret", "-plugin=" + VaultExtension.PLUGIN_NAME).assertSuccess();
    VaultCli.Result read = cli.run("read", "-format=json", mount + "/config").assertSuccess();

    assertEquals("https://example.test", read.data().get("issuer").getAsString(), read.stdout());
    Poll.until(Duration.ofSeconds(10), "the plugin processes " + before + " have exited",
        () -> PluginProcesses.running(pluginFile).stream().noneMatch(before::contains));
    assertFalse(PluginProcesses.running(pluginFile).isEmpty(), "no plugin process serves " + mount + " after the reload");
  }
}
