// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code vault} CLI against one server; every call is a new process. Thread-safe. */
public final class VaultCli {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Path binary;
  private final String address;
  private final String token;

  /** A CLI bound to {@code address} (such as {@code http://127.0.0.1:8200}) and {@code token}. */
  public VaultCli(Path binary, String address, String token) {
    this.binary = binary;
    this.address = address;
    this.token = token;
  }

  /** Runs {@code vault <args>} and returns its exit code and output, whatever the exit code. */
  public Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("vault-cli-", ".out");
      Path err = Files.createTempFile("vault-cli-", ".err");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("VAULT_"));
        env.put("VAULT_ADDR", address);
        env.put("VAULT_TOKEN", token);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT);
        }
        return new Result(
            command,
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8),
            Duration.ofNanos(System.nanoTime() - started));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** Exit code, output and duration of one CLI call. */
  public record Result(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {

    /** Returns this result if the exit code is 0, else fails with the command and its output. */
    public Result assertSuccess() {
      if (exitCode != 0) {
        throw new AssertionError(describe());
      }
      return this;
    }

    /** Parses stdout as a JSON object, as printed with {@code -format=json}. */
    public JsonObject json() {
      try {
        return JsonParser.parseString(stdout).getAsJsonObject();
      } catch (RuntimeException e) {
        throw new AssertionError("stdout is not a JSON object: " + describe(), e);
      }
    }

    /** The {@code data} object of a JSON response, as printed by {@code vault read -format=json}. */
    public JsonObject data() {
      return json().getAsJsonObject("data");
    }

    /** The command, exit code and both outputs, for failure messages. */
    public String describe() {
      String args = String.join(" ", command.subList(1, command.size()));
      return "vault " + args + " exited with " + exitCode
          + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }
}
