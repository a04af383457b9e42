// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** keys, keys/rotate and keys/retire, seen through the JWKS and introspection. */
class SigningKeysIT {

  private static final String AUDIENCE = "https://api.example.test";

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void keysListsAnActiveAndANextKeyPerAlgorithmInUseAndTheJwksPublishesExactlyThose() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("ec", "algorithm=ES384");
    mount.role("ed", "algorithm=EdDSA");
    Creds ec = mount.issue("ec");
    Creds ed = mount.issue("ed");

    List<JsonObject> keys = mount.keys();

    assertEquals(ec.kid(), kidIn(keys, "ES384", "active"), keys.toString());
    assertEquals(ed.kid(), kidIn(keys, "EdDSA", "active"), keys.toString());
    kidIn(keys, "ES384", "next");
    kidIn(keys, "EdDSA", "next");
    assertEquals(4, keys.size(), "only the algorithms in use have keys: " + keys);
    assertEquals(keys.stream().map(key -> key.get("kid").getAsString()).collect(Collectors.toSet()),
        Set.copyOf(mount.jwksKids()));
  }

  @Test
  void rotateMakesTheNextKeyActiveAndKeepsThePreviousKeyPublishedForItsTokens() {
    // With no cache age and no skew a next key may sign as soon as it is published.
    TokenMount mount = TokenMount.enable(VAULT, mounts, "jwks_max_age=0s", "allowed_clock_skew=0s");
    mount.role("api", "algorithm=PS256", "ttl=10m", "audience=" + AUDIENCE);
    Creds before = mount.issue("api");
    String next = kidIn(mount.keys(), "PS256", "next");

    JsonObject rotated = mount.cli().run("write", "-format=json", "-f", mount.path() + "/keys/rotate")
        .assertSuccess().data();

    List<JsonObject> keys = mount.keys();
    assertEquals(next, kidIn(keys, "PS256", "active"), rotated.toString());
    assertEquals(before.kid(), kidIn(keys, "PS256", "retiring"), keys.toString());
    String newNext = kidIn(keys, "PS256", "next");
    assertFalse(Set.of(next, before.kid()).contains(newNext), keys.toString());
    Creds after = mount.issue("api");
    assertEquals(next, after.kid(), "tokens are signed by the new active key");
    JoseVerifier verifier = new JoseVerifier(mount.jwks().body(), mount.issuer(), AUDIENCE, "PS256", "at+jwt");
    verifier.verifyOrFail(before.token());
    verifier.verifyOrFail(after.token());
    assertTrue(mount.active(before.token()), "a token of the retiring key is still active");
    assertTrue(mount.active(after.token()));
  }

  @Test
  void retireDropsTheKidFromTheJwksAtOnceAndItsTokensBecomeInactive() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "algorithm=ES256", "ttl=10m", "audience=" + AUDIENCE);
    Creds victim = mount.issue("api");
    assertTrue(mount.jwksKids().contains(victim.kid()));

    JsonObject retired = mount.cli()
        .run("write", "-format=json", mount.path() + "/keys/retire", "kid=" + victim.kid())
        .assertSuccess().data();

    assertEquals(victim.kid(), retired.get("retired").getAsString(), retired.toString());
    List<String> published = mount.jwksKids();
    assertFalse(published.contains(victim.kid()), "retired kid still in the JWKS " + published);
    assertFalse(mount.keys().stream().anyMatch(key -> key.get("kid").getAsString().equals(victim.kid())));
    assertFalse(mount.active(victim.token()), "a token of the retired key is active");
    JoseVerifier verifier = new JoseVerifier(mount.jwks().body(), mount.issuer(), AUDIENCE, "ES256", "at+jwt");
    assertThrows(InvalidJwtException.class, () -> verifier.verify(victim.token()),
        "jose4j still verifies a token of the retired key");
    Creds fresh = mount.issue("api");
    assertNotEquals(victim.kid(), fresh.kid());
    assertTrue(mount.active(fresh.token()));
    new JoseVerifier(mount.jwks().body(), mount.issuer(), AUDIENCE, "ES256", "at+jwt").verifyOrFail(fresh.token());
  }

  private static String state(JsonObject key) {
    return key.get("state").getAsString();
  }

  /** The one kid of {@code algorithm} in {@code state}; fails if there is none or more than one. */
  private static String kidIn(List<JsonObject> keys, String algorithm, String state) {
    List<String> kids = keys.stream()
        .filter(key -> key.get("algorithm").getAsString().equals(algorithm) && state(key).equals(state))
        .map(key -> key.get("kid").getAsString())
        .toList();
    assertEquals(1, kids.size(), "expected one " + state + " " + algorithm + " key in " + keys);
    return kids.get(0);
  }
}
