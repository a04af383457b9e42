// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.Poll;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When a token's lease runs out, Vault's expiration manager revokes it and nothing is left behind. */
class NaturalExpiryIT {

  /** Vault revokes an expired lease within a second or two; this allows for a slow machine. */
  private static final Duration AFTER_EXPIRY = Duration.ofSeconds(15);

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void expiredLeaseIsRevokedByVaultWithoutDenyListEntryAndWithoutIrrevocableLease() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("short", "ttl=30s");
    Creds creds = mount.issue("short");
    long exp = Instant.parse(creds.data().get("expires_at").getAsString()).getEpochSecond();
    assertEquals(30, creds.leaseDuration(), creds.toString());
    assertEquals(1, mount.leases("short").size());

    Duration untilExpiry = Duration.between(Instant.now(), Instant.ofEpochSecond(exp));
    Poll.until(untilExpiry.plus(AFTER_EXPIRY), "Vault has revoked the expired lease " + creds.leaseId(),
        () -> Instant.now().getEpochSecond() > exp && mount.leases("short").isEmpty());

    assertEquals(List.of(), mount.revokedJtis(), "an expiry is not a revocation: " + mount.revokedFeed());
    assertEquals(0, mount.gauge("deny_list_entries"));
    JsonObject counters = mount.stats().getAsJsonObject("counters");
    assertEquals(1, counters.getAsJsonObject("revoked_natural").get("short").getAsLong(), counters.toString());
    assertFalse(counters.getAsJsonObject("revoked_early").has("short"), counters.toString());
    assertFalse(mount.active(creds.token()), "an expired token is inactive");

    HttpResponse<String> irrevocable = mount.http().get("/v1/sys/leases?type=irrevocable&limit=none");
    assertEquals(200, irrevocable.statusCode(), VaultHttp.describe(irrevocable));
    assertFalse(irrevocable.body().contains(mount.path() + "/"), VaultHttp.describe(irrevocable));
    JsonObject counts = mount.cli().run("read", "-format=json", "sys/leases/count", "type=irrevocable")
        .assertSuccess().data();
    assertFalse(counts.getAsJsonObject("counts").has(mount.accessor()), counts.toString());
    assertTrue(counts.has("lease_count"), counts.toString());
  }
}
