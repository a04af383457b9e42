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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A role's revoke-issued-before watermark kills every earlier token of the role with one record. */
class WatermarkIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void tokensIssuedBeforeTheWatermarkAreInactiveAndTokensIssuedAfterItStayActive() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=10m");
    mount.role("other", "ttl=10m");
    Creds first = mount.issue("api");
    Creds second = mount.issue("api");
    Creds otherRole = mount.issue("other");

    JsonObject watermark = mount.cli()
        .run("write", "-format=json", "-f", mount.path() + "/roles/api/revoke-issued-before")
        .assertSuccess().data();
    long revokedBefore = watermark.get("revoked_before").getAsLong();
    // iat is in whole seconds, so a token issued in the watermark's own second counts as before it.
    Poll.until(Duration.ofSeconds(3), "the clock passes the watermark " + revokedBefore,
        () -> Instant.now().getEpochSecond() >= revokedBefore);
    Creds after = mount.issue("api");

    assertFalse(mount.active(first.token()), "a token issued before the watermark is active");
    assertFalse(mount.active(second.token()), "a token issued before the watermark is active");
    assertTrue(mount.active(after.token()), "a token issued after the watermark is inactive");
    assertTrue(mount.active(otherRole.token()), "the watermark of one role revoked another role's token");
    JsonObject feed = mount.revokedFeed();
    assertEquals(revokedBefore, feed.getAsJsonObject("revoked_before").get("api").getAsLong(), feed.toString());
    assertFalse(feed.getAsJsonObject("revoked_before").has("other"), feed.toString());
    assertEquals(List.of(), mount.revokedJtis(), "a watermark is one record, not a deny-list entry per token");

    mount.cli().run("lease", "revoke", "-sync", first.leaseId()).assertSuccess();

    assertEquals(List.of(), mount.revokedJtis(), "revoking a lease the watermark covers needs no deny-list entry");
    assertEquals(1, mount.gauge("role_watermarks"));
  }
}
