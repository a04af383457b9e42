// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables the plugin at random mount paths ({@code tb-<hex>}) for one test and disables them after
 * it, so tests never share state. Register it in an instance field, after the {@link VaultExtension}:
 *
 * <pre>{@code @RegisterExtension final Mounts mounts = new Mounts(VAULT);}</pre>
 */
public final class Mounts implements AfterEachCallback {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final VaultExtension vault;
  private final List<String> enabled = new ArrayList<>();

  /** Mounts on the server of {@code vault}. */
  public Mounts(VaultExtension vault) {
    this.vault = vault;
  }

  /** Enables the plugin at a new random path and returns the path, without a trailing slash. */
  public String enable() {
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    String path = "tb-" + HexFormat.of().formatHex(suffix);
    vault.cli().run("secrets", "enable", "-path=" + path, VaultExtension.PLUGIN_NAME).assertSuccess();
    enabled.add(path);
    return path;
  }

  /** Disables {@code path} now and returns the CLI result; the test asserts on it. */
  public VaultCli.Result disable(String path) {
    enabled.remove(path);
    return vault.cli().run("secrets", "disable", path);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> paths = List.copyOf(enabled);
    enabled.clear();
    for (String path : paths) {
      vault.cli().run("secrets", "disable", path).assertSuccess();
    }
  }
}
