// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locations and versions that the build passes to the integration tests as system properties
 * (see the Failsafe configuration in {@code integration-tests/pom.xml}).
 */
public final class TestEnvironment {

  /** Repository root; {@code vault-config/} lives below it. */
  public static final String REPO = "tokenbridge.repo";
  /** The built plugin file (launcher and jar in one). */
  public static final String PLUGIN_FILE = "tokenbridge.plugin.file";
  /** The version the plugin reports, such as {@code v0.1.0}. */
  public static final String PLUGIN_VERSION = "tokenbridge.plugin.version";
  /** Optional: a vault binary to use instead of the one {@code install-vault.sh} builds. */
  public static final String VAULT_BIN = "tokenbridge.vault.bin";

  private static final long INSTALL_TIMEOUT_MINUTES = 90;
  private static final Pattern PINNED_VAULT =
      Pattern.compile("(?m)^\\s*(?:require\\s+)?github\\.com/hashicorp/vault\\s+(v\\S+)");

  private TestEnvironment() {}

  /** The repository root, defaulting to the parent of the working directory (the module). */
  public static Path repo() {
    return Path.of(System.getProperty(REPO, "..")).toAbsolutePath().normalize();
  }

  /** The settings file merged into every dev server. */
  public static Path devHcl() {
    return repo().resolve("vault-config/dev.hcl");
  }

  /** The Vault version pinned in {@code vault-config/vault-build/go.mod}, such as {@code v1.21.4}. */
  public static String pinnedVaultVersion() throws IOException {
    Path goMod = repo().resolve("vault-config/vault-build/go.mod");
    Matcher require = PINNED_VAULT.matcher(Files.readString(goMod, StandardCharsets.UTF_8));
    if (!require.find()) {
      throw new IllegalStateException("no github.com/hashicorp/vault requirement in " + goMod);
    }
    return require.group(1);
  }

  /** The built plugin file; fails with a hint when it has not been built. */
  public static Path pluginFile() {
    Path file = Path.of(required(PLUGIN_FILE)).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "plugin file " + file + " does not exist; build it with `mvn -B -DskipTests package`");
    }
    return file;
  }

  /** The version the plugin is registered with. */
  public static String pluginVersion() {
    return required(PLUGIN_VERSION);
  }

  /** Where server logs go: {@code target/vault-logs} of this module. */
  public static Path logDirectory() throws IOException {
    return Files.createDirectories(Path.of("target", "vault-logs").toAbsolutePath());
  }

  /**
   * The vault binary: the {@value #VAULT_BIN} property, else the {@code VAULT_BIN} environment
   * variable, else whatever {@code vault-config/install-vault.sh} builds or finds in its cache.
   */
  public static Path vaultBinary() throws IOException, InterruptedException {
    String configured = System.getProperty(VAULT_BIN, System.getenv("VAULT_BIN"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    Path script = repo().resolve("vault-config/install-vault.sh");
    Path stdout = Files.createTempFile("install-vault-", ".out");
    try {
      Process install =
          new ProcessBuilder(script.toString())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(stdout.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (!install.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        install.destroy();
        throw new IllegalStateException(script + " did not finish in " + INSTALL_TIMEOUT_MINUTES + " min");
      }
      if (install.exitValue() != 0) {
        throw new IllegalStateException(script + " failed with exit code " + install.exitValue());
      }
      return Path.of(Files.readString(stdout, StandardCharsets.UTF_8).strip());
    } finally {
      Files.deleteIfExists(stdout);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set; run through Failsafe");
    }
    return value;
  }
}
