// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opaque reference tokens: renewable leases whose renewal moves the token's expiry. */
class OpaqueTokenIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void opaqueLeaseIsRenewableRenewMovesIntrospectedExpAndRevokeMakesItInactive() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("ref", "token_format=opaque", "ttl=60s", "max_ttl=10m");

    Creds creds = mount.issue("ref");

    assertTrue(creds.renewable(), creds.toString());
    assertEquals(60, creds.leaseDuration(), creds.toString());
    assertTrue(creds.token().startsWith("tbo_"), creds.toString());
    assertEquals("opaque", creds.data().get("format").getAsString());
    assertFalse(creds.data().has("kid"), "opaque tokens are not signed: " + creds);
    JsonObject issued = mount.introspect(creds.token());
    assertTrue(issued.get("active").getAsBoolean(), issued.toString());
    assertEquals(creds.jti(), issued.get("jti").getAsString(), issued.toString());
    assertEquals("ref", issued.get("client_id").getAsString(), issued.toString());
    long iat = issued.get("iat").getAsLong();
    assertEquals(iat + 60, issued.get("exp").getAsLong(), issued.toString());

    VaultCli.Result renew = mount.cli()
        .run("lease", "renew", "-format=json", "-increment=5m", creds.leaseId()).assertSuccess();
    long renewedAt = Instant.now().getEpochSecond();

    long leaseDuration = renew.json().get("lease_duration").getAsLong();
    assertTrue(leaseDuration > 60 && leaseDuration <= 300, renew.describe());
    JsonObject renewed = mount.introspect(creds.token());
    assertTrue(renewed.get("active").getAsBoolean(), renewed.toString());
    long exp = renewed.get("exp").getAsLong();
    assertTrue(Math.abs(exp - (renewedAt + 300)) <= 2, "exp " + exp + " is not about renewal time + 5m " + renewed);
    assertEquals(iat, renewed.get("iat").getAsLong(), "renewal keeps iat");

    mount.cli().run("lease", "revoke", "-sync", creds.leaseId()).assertSuccess();

    assertFalse(mount.active(creds.token()), "a revoked opaque token is active");
    assertEquals(0, mount.gauge("opaque_tokens"), "revoking deletes the stored record");
    assertTrue(mount.revokedJtis().isEmpty(), "opaque tokens need no deny-list entry");
  }
}
