// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.PluginProcesses;
import dev.tokenbridge.it.support.TlsProbe;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's gRPC port answers only the holder of Vault's one-time client certificate. The port is
 * found through /proc, since the handshake line that announces it goes to Vault alone.
 */
class PluginTlsIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void clientWithoutACertificateGetsNoAnswerFromThePlugin() throws Exception {
    String mount = mounts.enable();

    for (int port : pluginPorts()) {
      assertRejected(port, "no client certificate", TlsProbe.withoutClientCertificate(port));
    }
    assertStillServes(mount);
  }

  @Test
  void clientWithASelfSignedCertificateGetsNoAnswerFromThePlugin() throws Exception {
    String mount = mounts.enable();

    for (int port : pluginPorts()) {
      assertRejected(port, "a self-signed client certificate", TlsProbe.withSelfSignedClientCertificate(port));
    }
    assertStillServes(mount);
  }

  private static Set<Integer> pluginPorts() throws IOException {
    Set<Integer> ports = new TreeSet<>();
    for (long pid : PluginProcesses.running(VAULT.pluginFile())) {
      ports.addAll(PluginProcesses.listeningTcpPorts(pid));
    }
    assertFalse(ports.isEmpty(), "found no listening TCP port of a process running " + VAULT.pluginFile());
    return ports;
  }

  private static void assertRejected(int port, String client, TlsProbe.Outcome outcome) {
    System.out.println("plugin port " + port + " with " + client + ": " + outcome.failure());
    assertTrue(outcome.serverPresentedCertificate(), "port " + port + " did not reach a TLS server: " + outcome);
    assertFalse(outcome.receivedApplicationData(), "port " + port + " answered a client without Vault's certificate");
    assertFalse(outcome.failure() instanceof SocketTimeoutException,
        "port " + port + " neither answered nor closed the connection: " + outcome);
  }

  private static void assertStillServes(String mount) {
    VaultCli cli = VAULT.cli();
    cli.run("write", mount + "/config", "issuer=https://example.test").assertSuccess();
    VaultCli.Result read = cli.run("read", "-format=json", mount + "/config").assertSuccess();
    assertEquals("https://example.test", read.data().get("issuer").getAsString());
  }
}
