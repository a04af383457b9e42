// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code vault server -dev} child process on a free loopback port, with a fresh plugin directory
 * and its combined output (which carries the plugins' stderr) in a log file under {@code target/}.
 * Closing stops only this process. Thread-safe.
 */
public final class VaultServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final int START_ATTEMPTS = 3;
  private static final DateTimeFormatter LOG_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path binary;
  private final Process process;
  private final String address;
  private final String rootToken;
  private final Path workDirectory;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private VaultServer(Path binary, Process process, String address, String rootToken, Path workDirectory, Path log) {
    this.binary = binary;
    this.process = process;
    this.address = address;
    this.rootToken = rootToken;
    this.workDirectory = workDirectory;
    this.log = log;
  }

  /**
   * Starts a dev server whose plugin directory holds copies of {@code pluginFiles} (under their own
   * names) and returns once {@code /v1/sys/health} answers 200.
   */
  public static VaultServer start(Path binary, List<Path> pluginFiles) throws IOException {
    Path work = Files.createTempDirectory("tokenbridge-it-").toRealPath();
    try {
      Path plugins = Files.createDirectory(work.resolve("plugins"));
      for (Path file : pluginFiles) {
        Path copy = Files.copy(file, plugins.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Path pluginDirectoryHcl = work.resolve("plugin-directory.hcl");
      Files.writeString(pluginDirectoryHcl, "plugin_directory = \"" + plugins + "\"\n");
      return launch(binary, work, pluginDirectoryHcl, UUID.randomUUID().toString());
    } catch (IOException | RuntimeException e) {
      deleteRecursively(work);
      throw e;
    }
  }

  private static VaultServer launch(Path binary, Path work, Path pluginDirectoryHcl, String rootToken)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Path log = TestEnvironment.logDirectory()
          .resolve("vault-" + LOG_STAMP.format(LocalDateTime.now()) + "-" + port + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  binary.toString(), "server", "-dev",
                  "-dev-root-token-id=" + rootToken,
                  "-dev-listen-address=127.0.0.1:" + port,
                  "-dev-no-store-token",
                  "-log-level=debug",
                  "-config=" + TestEnvironment.devHcl(),
                  "-config=" + pluginDirectoryHcl)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("VAULT_"));
      VaultServer server =
          new VaultServer(binary, builder.start(), "http://127.0.0.1:" + port, rootToken, work, log);
      if (server.awaitHealthy()) {
        return server;
      }
      String output = server.logText();
      if (attempt < START_ATTEMPTS && output.contains("address already in use")) {
        continue; // another process took the port between freePort() and Vault's bind
      }
      throw new IllegalStateException(
          "vault server exited during start-up with code " + server.process.exitValue() + "; log " + log
              + ":\n" + output);
    }
  }

  /** The API address, such as {@code http://127.0.0.1:41234}. */
  public String address() {
    return address;
  }

  /** The dev root token (random per server). */
  public String rootToken() {
    return rootToken;
  }

  /** The vault binary this server runs; the CLI uses the same one. */
  public Path binary() {
    return binary;
  }

  /** A CLI pointed at this server with the root token. */
  public VaultCli cli() {
    return new VaultCli(binary, address, rootToken);
  }

  /** The server's configured {@code plugin_directory}. */
  public Path pluginDirectory() {
    return workDirectory.resolve("plugins");
  }

  /** The server's process id. */
  public long pid() {
    return process.pid();
  }

  /** Whether the server process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The file that receives the server's stdout and stderr. */
  public Path log() {
    return log;
  }

  /** Everything the server (and through it, each plugin) has logged so far. */
  public String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code GET <apiPath>} (such as {@code /v1/sys/health}) with the root token. */
  public HttpResponse<String> get(String apiPath) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(address + apiPath))
            .header("X-Vault-Token", rootToken)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Stops the server with SIGTERM (SIGKILL after 20 s) and deletes its plugin directory. */
  @Override
  public void close() {
    try {
      if (process.isAlive()) {
        // Vault stops its plugins on SIGTERM; the snapshot is only for the forced path.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          children.forEach(ProcessHandle::destroyForcibly);
          process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      deleteRecursively(workDirectory);
    }
  }

  @Override
  public String toString() {
    return "VaultServer[" + address + ", pid " + process.pid() + ", log " + log + "]";
  }

  /** Polls the health endpoint; false if the process exits first, an exception on timeout. */
  private boolean awaitHealthy() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (process.isAlive()) {
      if (healthy()) {
        return true;
      }
      if (System.nanoTime() - deadline > 0) {
        close();
        throw new IllegalStateException(
            "vault server not healthy after " + START_TIMEOUT.toSeconds() + "s; log " + log);
      }
      Poll.pause();
    }
    return false;
  }

  private boolean healthy() {
    try {
      return get("/v1/sys/health").statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Vault", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
