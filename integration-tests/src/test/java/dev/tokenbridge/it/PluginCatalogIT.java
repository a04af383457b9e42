// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registration in Vault's plugin catalog and mounting, seen through the vault CLI. */
class PluginCatalogIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void pluginRegisteredBySha256ShowsItsChecksumAndVersionInPluginInfo() {
    JsonObject info = VAULT.cli()
        .run("plugin", "info", "-format=json", "-version=" + VAULT.pluginVersion(), "secret", VaultExtension.PLUGIN_NAME)
        .assertSuccess()
        .json();

    assertEquals(VaultExtension.PLUGIN_NAME, info.get("name").getAsString());
    assertEquals(VaultExtension.PLUGIN_NAME, info.get("command").getAsString());
    assertEquals(VAULT.pluginSha256(), info.get("sha256").getAsString());
    assertEquals(VAULT.pluginVersion(), info.get("version").getAsString());
    assertEquals(false, info.get("builtin").getAsBoolean());
  }

  @Test
  void engineEnabledAtARandomMountRunsTheRegisteredVersion() {
    String mount = mounts.enable();

    JsonObject entry = VAULT.cli().run("secrets", "list", "-format=json").assertSuccess().json()
        .getAsJsonObject(mount + "/");

    assertNotNull(entry, "secrets list has no entry for " + mount + "/");
    assertEquals(VaultExtension.PLUGIN_NAME, entry.get("type").getAsString());
    assertEquals(VAULT.pluginVersion(), entry.get("running_plugin_version").getAsString());
    assertEquals(VAULT.pluginSha256(), entry.get("running_sha256").getAsString());
  }
}
