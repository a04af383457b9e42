// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.Poll;
import dev.tokenbridge.it.support.VaultExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** tidy prunes the deny-list entries of early-revoked tokens once those tokens have expired. */
class TidyIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void tidyAfterRevokedTokensExpiredPrunesTheirDenyListEntriesAndTheApiShowsNoneLeft() {
    // No skew: entries may go as soon as their tokens have expired.
    TokenMount mount = TokenMount.enable(VAULT, mounts, "allowed_clock_skew=0s");
    mount.role("short", "ttl=30s");
    Creds first = mount.issue("short");
    Creds second = mount.issue("short");
    mount.cli().run("lease", "revoke", "-sync", first.leaseId()).assertSuccess();
    mount.cli().run("lease", "revoke", "-sync", second.leaseId()).assertSuccess();
    assertEquals(Set.of(first.jti(), second.jti()), Set.copyOf(mount.revokedJtis()));
    assertEquals(2, mount.gauge("deny_list_entries"));
    long lastExp = Instant.parse(second.data().get("expires_at").getAsString()).getEpochSecond();

    Poll.until(Duration.between(Instant.now(), Instant.ofEpochSecond(lastExp)).plusSeconds(5),
        "both revoked tokens have expired", () -> Instant.now().getEpochSecond() > lastExp);
    JsonObject tidy = mount.cli().run("write", "-format=json", "-f", mount.path() + "/tidy").assertSuccess().data();

    assertEquals(List.of(), tidy.getAsJsonArray("failed").asList(), tidy.toString());
    JsonObject status = mount.cli().run("read", "-format=json", mount.path() + "/tidy/status").assertSuccess().data();
    // The periodic hook runs the same task about once a minute, so count what this mount pruned in all.
    assertEquals(2, status.getAsJsonObject("pruned_since_start").get("deny_list_entries").getAsLong(),
        "deny-list entries pruned after their tokens expired; tidy answered " + tidy + ", tidy/status " + status);
    assertEquals(List.of(), mount.revokedJtis());
    assertTrue(mount.revokedFeed().getAsJsonObject("revoked_before").isEmpty());
    assertEquals(0, mount.gauge("deny_list_entries"));
    assertFalse(mount.active(first.token()));
  }
}
