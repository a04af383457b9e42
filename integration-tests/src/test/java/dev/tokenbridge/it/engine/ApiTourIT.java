// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.TestEnvironment;
import dev.tokenbridge.it.support.VaultExtension;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API tour, the README's "Using it" section, runs as written (on a random mount). */
class ApiTourIT {

  private static final Path README = Path.of("README.md");
  private static final String TOUR_HEADING = "## Using it\n";
  private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
  /** The tour's mount, {@code tokens}, where it is a path segment (not the word in {@code token=}). */
  private static final Pattern MOUNT = Pattern.compile("(?<![A-Za-z_])tokens(?=[/\"])");
  private static final long TIMEOUT_SECONDS = 60;

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void tourIssuesVerifiesIntrospectsAndRevokesAsItSays() throws Exception {
    String mount = mounts.enable();
    String script = MOUNT.matcher(shBlocks(tourSection(Files.readString(TestEnvironment.repo().resolve(README))))).replaceAll(mount);
    Path work = Files.createTempDirectory("api-tour-");

    Run run = bash(script, work);

    assertEquals(0, run.exitCode, run.toString());
    JsonObject creds = JsonParser.parseString(Files.readString(work.resolve("creds.json"))).getAsJsonObject();
    String jti = creds.getAsJsonObject("data").get("jti").getAsString();
    assertFalse(creds.get("renewable").getAsBoolean());
    assertEquals(900, creds.get("lease_duration").getAsLong());
    assertTrue(run.stdout.contains("\"jwks_uri\": \"" + VAULT.server().address() + "/v1/" + mount + "/jwks\""),
        run.toString());
    assertTrue(run.stdout.contains("Cache-Control: max-age=300"), run.toString());
    assertTrue(run.stdout.contains("\"active\": true"), run.toString());
    assertTrue(run.stdout.contains("\"active\": false"), run.toString());
    assertTrue(run.stdout.contains("\"jti\": \"" + jti + "\""), run.toString());
    TokenMount tour = TokenMount.existing(VAULT, mount);
    assertTrue(tour.revokedJtis().contains(jti), tour.revokedFeed().toString());
    assertFalse(tour.jwksKids().contains(creds.getAsJsonObject("data").get("kid").getAsString()),
        "keys/retire left the kid in the JWKS");
    deleteTree(work);
  }

  /** The README's tour: from its heading to the next second-level heading. */
  static String tourSection(String readme) {
    int start = readme.indexOf(TOUR_HEADING);
    if (start < 0) {
      throw new AssertionError("README.md has no '" + TOUR_HEADING.strip() + "' section");
    }
    int end = readme.indexOf("\n## ", start + TOUR_HEADING.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The {@code sh} fenced blocks of a Markdown text, joined in order. */
  static String shBlocks(String markdown) {
    StringBuilder script = new StringBuilder();
    Matcher block = SH_BLOCK.matcher(markdown);
    while (block.find()) {
      script.append(block.group(1)).append('\n');
    }
    if (script.isEmpty()) {
      throw new AssertionError("no ```sh blocks in the README's tour");
    }
    return script.toString();
  }

  private record Run(int exitCode, String stdout, String stderr, String script) {
    @Override
    public String toString() {
      return "bash exited with " + exitCode + "\n--- script ---\n" + script + "\n--- stdout ---\n" + stdout
          + "\n--- stderr ---\n" + stderr;
    }
  }

  private static Run bash(String script, Path work) throws Exception {
    Path out = work.resolve("stdout");
    Path err = work.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
        .directory(work.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("VAULT_"));
    env.put("VAULT_ADDR", VAULT.server().address());
    env.put("VAULT_TOKEN", VAULT.server().rootToken());
    env.put("PATH", VAULT.server().binary().getParent() + File.pathSeparator + System.getenv("PATH"));
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the tour did not finish within " + TIMEOUT_SECONDS + "s:\n" + script);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), script);
  }

  private static void deleteTree(Path root) throws Exception {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
