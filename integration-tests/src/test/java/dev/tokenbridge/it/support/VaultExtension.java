// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives test classes one shared Vault dev server per test run, with the plugin registered by
 * SHA-256. Register it in a static field:
 *
 * <pre>{@code @RegisterExtension static final VaultExtension VAULT = new VaultExtension();}</pre>
 *
 * The server lives in the root {@link ExtensionContext.Store}, which closes it after the last test.
 */
public final class VaultExtension implements BeforeAllCallback {

  /** The name the plugin is registered under in Vault's catalog. */
  public static final String PLUGIN_NAME = "tokenbridge";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(VaultExtension.class);

  private volatile Shared shared;

  @Override
  public void beforeAll(ExtensionContext context) {
    shared = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, key -> Shared.start(), Shared.class);
  }

  /** The running server. */
  public VaultServer server() {
    return shared().server;
  }

  /** A root-token CLI for the running server. */
  public VaultCli cli() {
    return server().cli();
  }

  /** The plugin file as Vault runs it: the copy inside the server's plugin directory. */
  public Path pluginFile() {
    return server().pluginDirectory().resolve(PLUGIN_NAME);
  }

  /** The hex SHA-256 the plugin was registered with. */
  public String pluginSha256() {
    return shared().sha256;
  }

  /** The version the plugin was registered with, such as {@code v0.1.0}. */
  public String pluginVersion() {
    return TestEnvironment.pluginVersion();
  }

  private Shared shared() {
    Shared current = shared;
    if (current == null) {
      throw new IllegalStateException("VaultExtension is not started; register it with @RegisterExtension");
    }
    return current;
  }

  /** The server plus the registration facts; closing it stops the server. */
  private static final class Shared implements AutoCloseable {
    private final VaultServer server;
    private final String sha256;

    private Shared(VaultServer server, String sha256) {
      this.server = server;
      this.sha256 = sha256;
    }

    static Shared start() {
      try {
        Path pluginFile = TestEnvironment.pluginFile();
        VaultServer server = VaultServer.start(TestEnvironment.vaultBinary(), List.of(pluginFile));
        try {
          VaultCli cli = server.cli();
          String version = cli.run("version").assertSuccess().stdout().strip();
          System.out.println("Vault under test: " + version + " (" + server.binary() + ")");
          System.out.println("Vault server log: " + server.log());
          String sha256 = sha256(server.pluginDirectory().resolve(PLUGIN_NAME));
          // JAVA_HOME makes the launcher use the JDK running these tests, whatever Vault's PATH is.
          cli.run("plugin", "register",
                  "-sha256=" + sha256,
                  "-version=" + TestEnvironment.pluginVersion(),
                  "-env=JAVA_HOME=" + System.getProperty("java.home"),
                  "secret", PLUGIN_NAME)
              .assertSuccess();
          return new Shared(server, sha256);
        } catch (RuntimeException | Error e) {
          server.close();
          throw e;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting Vault", e);
      }
    }

    @Override
    public void close() {
      server.close();
    }
  }

  /** The hex SHA-256 of a plugin file, as `vault plugin register -sha256` wants it. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
