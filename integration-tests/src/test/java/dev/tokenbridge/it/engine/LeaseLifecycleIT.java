// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A JWT's lease is its lifetime: it cannot be renewed, and revoking it revokes the token. */
class LeaseLifecycleIT {

  private static final String AUDIENCE = "https://api.example.test";

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void jwtLeaseLastsFromIatToExpAndVaultRefusesToRenewIt() throws Exception {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=45m", "audience=" + AUDIENCE);

    Creds creds = mount.issue("api");
    JwtClaims claims = new JoseVerifier(mount.jwks().body(), mount.issuer(), AUDIENCE, "RS256", "at+jwt")
        .verifyOrFail(creds.token()).getJwtClaims();
    long iat = claims.getIssuedAt().getValue();
    long exp = claims.getExpirationTime().getValue();

    assertTrue(Math.abs(creds.leaseDuration() - (exp - iat)) <= 1,
        "lease_duration " + creds.leaseDuration() + " vs exp - iat " + (exp - iat));
    assertFalse(creds.renewable(), creds.toString());
    JsonObject lease = mount.cli().run("lease", "lookup", "-format=json", creds.leaseId()).assertSuccess().data();
    long leaseExpires = Instant.parse(lease.get("expire_time").getAsString()).getEpochSecond();
    assertTrue(Math.abs(leaseExpires - exp) <= 1, "lease expire_time " + lease.get("expire_time") + " vs exp " + exp);

    VaultCli.Result renew = mount.cli().run("lease", "renew", creds.leaseId());

    assertNotEquals(0, renew.exitCode(), renew.describe());
    assertTrue(renew.stderr().contains("lease is not renewable"), renew.describe());
    assertTrue(mount.active(creds.token()), "a refused renewal leaves the token alone");
  }

  @Test
  void revokingTheLeaseSyncListsItsJtiInTheRevokedFeedAndIntrospectionTurnsInactive() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=30m", "audience=" + AUDIENCE, "scopes=read");
    Creds revoked = mount.issue("api");
    Creds kept = mount.issue("api");
    long exp = Instant.parse(revoked.data().get("expires_at").getAsString()).getEpochSecond();

    mount.cli().run("lease", "revoke", "-sync", revoked.leaseId()).assertSuccess();

    JsonObject feed = mount.revokedFeed();
    assertEquals(1, feed.getAsJsonArray("revoked").size(), feed.toString());
    JsonObject entry = feed.getAsJsonArray("revoked").get(0).getAsJsonObject();
    assertEquals(revoked.jti(), entry.get("jti").getAsString(), feed.toString());
    assertEquals(exp, entry.get("exp").getAsLong(), feed.toString());
    assertTrue(feed.getAsJsonObject("revoked_before").isEmpty(), feed.toString());
    assertEquals(Set.of("active"), mount.introspect(revoked.token()).keySet(), "an inactive answer says nothing else");
    assertFalse(mount.active(revoked.token()));
    assertEquals(List.of(), mount.leases("api").stream().filter(id -> revoked.leaseId().endsWith("/" + id)).toList());

    JsonObject active = mount.introspect(kept.token());
    assertTrue(active.get("active").getAsBoolean(), active.toString());
    assertEquals(mount.issuer(), active.get("iss").getAsString(), active.toString());
    assertEquals(kept.jti(), active.get("jti").getAsString(), active.toString());
    assertEquals(AUDIENCE, audience(active.get("aud")), active.toString());
    assertEquals("api", active.get("client_id").getAsString(), active.toString());
    assertEquals("read", active.get("scope").getAsString(), active.toString());
    assertEquals("Bearer", active.get("token_type").getAsString(), active.toString());
    assertEquals(Instant.parse(kept.data().get("expires_at").getAsString()).getEpochSecond(),
        active.get("exp").getAsLong(), active.toString());
    assertEquals(active.get("iat").getAsLong(), active.get("nbf").getAsLong(), active.toString());
    assertFalse(active.get("sub").getAsString().isEmpty(), active.toString());
  }

  @Test
  void revokingByTheRolePrefixRevokesEveryTokenOfThatRoleAndNoOther() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=30m");
    mount.role("other", "ttl=30m");
    List<Creds> issued = Stream.generate(() -> mount.issue("api")).limit(3).toList();
    Creds bystander = mount.issue("other");

    mount.cli().run("lease", "revoke", "-sync", "-prefix", mount.path() + "/creds/api").assertSuccess();

    Set<String> jtis = issued.stream().map(Creds::jti).collect(Collectors.toSet());
    assertEquals(jtis, Set.copyOf(mount.revokedJtis()), mount.revokedFeed().toString());
    for (Creds creds : issued) {
      assertFalse(mount.active(creds.token()), creds.jti() + " is still active");
    }
    assertEquals(List.of(), mount.leases("api"));
    assertTrue(mount.active(bystander.token()), "a token of another role was revoked");
    assertEquals(1, mount.leases("other").size());
    assertEquals(3, mount.gauge("deny_list_entries"));
  }

  private static String audience(JsonElement aud) {
    return aud.isJsonArray() ? aud.getAsJsonArray().get(0).getAsString() : aud.getAsString();
  }
}
