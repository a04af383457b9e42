// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine's {@code config} path through the vault CLI. */
class ConfigIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void issuerWrittenToConfigIsReadBack() {
    String mount = mounts.enable();
    VaultCli cli = VAULT.cli();

    cli.run("write", mount + "/config", "issuer=https://example.test").assertSuccess();
    VaultCli.Result read = cli.run("read", "-format=json", mount + "/config").assertSuccess();

    assertEquals("https://example.test", read.data().get("issuer").getAsString(), read.stdout());
  }

  @Test
  void pathHelpForConfigDescribesTheIssuerField() {
    String mount = mounts.enable();

    VaultCli.Result help = VAULT.cli().run("path-help", mount + "/config").assertSuccess();

    assertTrue(help.stdout().contains("issuer"), help.stdout());
  }
}
