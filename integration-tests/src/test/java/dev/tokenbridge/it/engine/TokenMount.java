// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The token engine at one random mount with its issuer configured, driven through the real
 * {@code vault} CLI (root token) and plain HTTP. Each method is one CLI command or HTTP call, named
 * after the path it uses; it fails the test if Vault refuses.
 */
public final class TokenMount {

  private final String path;
  private final String issuer;
  private final VaultCli cli;
  private final VaultHttp http;

  private TokenMount(String path, String issuer, VaultCli cli, VaultHttp http) {
    this.path = path;
    this.issuer = issuer;
    this.cli = cli;
    this.http = http;
  }

  /**
   * Enables the engine at a random path (disabled again after the test by {@code mounts}) and writes
   * its config: {@code issuer=<address>/v1/<mount>} first, plus {@code configFields} such as
   * {@code jwks_max_age=0s}.
   */
  public static TokenMount enable(VaultExtension vault, Mounts mounts, String... configFields) {
    TokenMount mount = existing(vault, mounts.enable());
    List<String> args = new ArrayList<>(List.of("write", mount.path + "/config", "issuer=" + mount.issuer));
    args.addAll(List.of(configFields));
    mount.cli.run(args.toArray(String[]::new)).assertSuccess();
    return mount;
  }

  /** The engine at {@code path}, enabled and configured by someone else with the issuer {@code <address>/v1/<path>}. */
  public static TokenMount existing(VaultExtension vault, String path) {
    VaultHttp http = new VaultHttp(vault.server());
    return new TokenMount(path, http.address() + "/v1/" + path, vault.cli(), http);
  }

  /** The mount path without slashes, such as {@code tb-1a2b3c4d}. */
  public String path() {
    return path;
  }

  /** The configured issuer: the mount's own API address. */
  public String issuer() {
    return issuer;
  }

  public VaultCli cli() {
    return cli;
  }

  public VaultHttp http() {
    return http;
  }

  /** {@code vault write <mount>/roles/<role> <fields...>}. */
  public void role(String role, String... fields) {
    List<String> args = new ArrayList<>(List.of("write", path + "/roles/" + role));
    if (fields.length == 0) {
      args.add(1, "-force"); // the CLI refuses a write without data otherwise
    }
    args.addAll(List.of(fields));
    cli.run(args.toArray(String[]::new)).assertSuccess();
  }

  /** {@code vault read -format=json <mount>/creds/<role>}: issues a token. */
  public Creds issue(String role) {
    return Creds.of(cli.run("read", "-format=json", path + "/creds/" + role).assertSuccess());
  }

  /** {@code vault write -format=json <mount>/introspect token=<token>}: the response's data. */
  public JsonObject introspect(String token) {
    return cli.run("write", "-format=json", path + "/introspect", "token=" + token).assertSuccess().data();
  }

  /** Whether introspection calls {@code token} active. */
  public boolean active(String token) {
    return introspect(token).get("active").getAsBoolean();
  }

  /** {@code GET /v1/<mount>/revoked} without a token: the deny-list feed (the data object). */
  public JsonObject revokedFeed() {
    HttpResponse<String> response = http.getWithoutToken("/v1/" + path + "/revoked");
    assertEquals(200, response.statusCode(), VaultHttp.describe(response));
    return VaultHttp.json(response).getAsJsonObject("data");
  }

  /** The jtis listed in the revoked feed. */
  public List<String> revokedJtis() {
    List<String> jtis = new ArrayList<>();
    revokedFeed().getAsJsonArray("revoked").forEach(entry -> jtis.add(entry.getAsJsonObject().get("jti").getAsString()));
    return jtis;
  }

  /** {@code GET /v1/<mount>/jwks} without a token (a raw response: the body is the JWK Set). */
  public HttpResponse<String> jwks() {
    HttpResponse<String> response = http.getWithoutToken("/v1/" + path + "/jwks");
    assertEquals(200, response.statusCode(), VaultHttp.describe(response));
    return response;
  }

  /** The kids in the JWKS. */
  public List<String> jwksKids() {
    List<String> kids = new ArrayList<>();
    JsonParser.parseString(jwks().body()).getAsJsonObject().getAsJsonArray("keys")
        .forEach(key -> kids.add(key.getAsJsonObject().get("kid").getAsString()));
    return kids;
  }

  /** {@code vault read -format=json <mount>/keys}: the key list. */
  public List<JsonObject> keys() {
    List<JsonObject> keys = new ArrayList<>();
    cli.run("read", "-format=json", path + "/keys").assertSuccess().data().getAsJsonArray("keys")
        .forEach(key -> keys.add(key.getAsJsonObject()));
    return keys;
  }

  /** {@code vault read -format=json <mount>/stats}: counters and gauges. */
  public JsonObject stats() {
    return cli.run("read", "-format=json", path + "/stats").assertSuccess().data();
  }

  /** The stats gauge {@code name}. */
  public long gauge(String name) {
    return stats().getAsJsonObject("gauges").get(name).getAsLong();
  }

  /**
   * {@code vault list -format=json sys/leases/lookup/<mount>/creds/<role>}: the lease ids Vault still
   * holds for the role (the CLI exits with 2 and prints {@code {}} when there are none).
   */
  public List<String> leases(String role) {
    VaultCli.Result result = cli.run("list", "-format=json", "sys/leases/lookup/" + path + "/creds/" + role);
    List<String> ids = new ArrayList<>();
    if (result.exitCode() == 2 && result.stdout().strip().equals("{}")) {
      return ids;
    }
    JsonElement list = JsonParser.parseString(result.assertSuccess().stdout());
    list.getAsJsonArray().forEach(id -> ids.add(id.getAsString()));
    return ids;
  }

  /** The mount's accessor, from {@code vault secrets list -format=json}. */
  public String accessor() {
    return cli.run("secrets", "list", "-format=json").assertSuccess().json()
        .getAsJsonObject(path + "/").get("accessor").getAsString();
  }
}
