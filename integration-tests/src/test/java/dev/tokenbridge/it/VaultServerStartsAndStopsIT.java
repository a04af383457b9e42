// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.it.support.TestEnvironment;
import dev.tokenbridge.it.support.VaultServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The test harness itself: a bare dev server (no plugin) starts, serves and stops cleanly. */
class VaultServerStartsAndStopsIT {

  @Test
  void devServerRunsThePinnedVaultAndLeavesNothingBehindWhenClosed() throws Exception {
    VaultServer server = VaultServer.start(TestEnvironment.vaultBinary(), List.of());
    try (server) {
      assertEquals(200, server.get("/v1/sys/health").statusCode());
      String version = server.cli().run("version").assertSuccess().stdout().strip();
      // "Vault v1.21.4", possibly followed by " (revision)" and ", built <date>"
      assertTrue(version.matches("Vault " + Pattern.quote(TestEnvironment.pinnedVaultVersion()) + "([ ,].*)?"), version);
      server.cli().run("token", "lookup").assertSuccess();
    }

    assertFalse(server.isAlive(), "vault server still runs after close()");
    assertFalse(ProcessHandle.of(server.pid()).isPresent(), "process " + server.pid() + " still exists");
    assertFalse(Files.exists(server.pluginDirectory()), "plugin directory left behind");
    assertThrows(IOException.class, () -> server.get("/v1/sys/health"));
    assertTrue(server.logText().contains("Vault server started!"), "log " + server.log());
  }
}
