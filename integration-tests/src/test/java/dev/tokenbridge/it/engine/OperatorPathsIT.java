// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an operator uses on an incident or a dashboard: {@code revoke}, {@code roles}, {@code keys}, {@code stats}. */
class OperatorPathsIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void revokeByTheLeakedTokenItselfDenyListsItWhileItsLeaseLivesOn() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=10m");
    Creds leaked = mount.issue("api");
    Creds other = mount.issue("api");

    JsonObject answer = mount.cli().run("write", "-format=json", mount.path() + "/revoke", "token=" + leaked.token())
        .assertSuccess().data();

    assertTrue(answer.get("revoked").getAsBoolean(), answer.toString());
    assertEquals(leaked.jti(), answer.get("jti").getAsString(), answer.toString());
    assertFalse(mount.active(leaked.token()));
    assertEquals(List.of(leaked.jti()), mount.revokedJtis());
    assertTrue(mount.active(other.token()));
    // The lease cannot be found from the token; it expires on its own and its revoke is then a no-op.
    assertEquals(2, mount.leases("api").size());
  }

  @Test
  void rolesAreListedAndKeysShowTheirStateWithoutPrivateMaterial() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "algorithm=ES256");
    mount.role("batch", "algorithm=EdDSA");
    mount.issue("api");
    mount.issue("batch");

    String roles = mount.cli().run("list", "-format=json", mount.path() + "/roles").assertSuccess().stdout();
    List<JsonObject> keys = mount.keys();

    assertEquals("[\"api\",\"batch\"]", roles.replaceAll("\\s", ""));
    assertTrue(keys.stream().anyMatch(key -> key.get("algorithm").getAsString().equals("ES256")
        && key.get("state").getAsString().equals("active")), keys.toString());
    assertTrue(keys.stream().anyMatch(key -> key.get("algorithm").getAsString().equals("EdDSA")), keys.toString());
    for (JsonObject key : keys) {
      assertFalse(key.has("d") || key.toString().contains("PRIVATE"), key.toString());
    }
  }

  @Test
  void statsCountIssuanceAndRevocationAsJsonAndAsPrometheusText() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=10m");
    mount.issue("api");
    Creds revoked = mount.issue("api");
    mount.cli().run("lease", "revoke", "-sync", revoked.leaseId()).assertSuccess();

    JsonObject stats = mount.stats();
    HttpResponse<String> prometheus = mount.http().get("/v1/" + mount.path() + "/stats?format=prometheus");

    assertEquals(2, stats.getAsJsonObject("counters").getAsJsonObject("issued").get("api").getAsLong(), stats.toString());
    assertEquals(1, stats.getAsJsonObject("counters").getAsJsonObject("revoked_early").get("api").getAsLong(),
        stats.toString());
    assertEquals(1, stats.getAsJsonObject("gauges").get("deny_list_entries").getAsLong(), stats.toString());
    assertEquals(200, prometheus.statusCode(), VaultHttp.describe(prometheus));
    assertTrue(prometheus.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        VaultHttp.describe(prometheus));
    assertTrue(prometheus.body().lines().anyMatch(line -> line.equals("tokenbridge_tokens_issued_total{role=\"api\"} 2")),
        prometheus.body());
    assertTrue(prometheus.body().lines().anyMatch(line -> line.startsWith("# TYPE tokenbridge_")), prometheus.body());
  }
}
