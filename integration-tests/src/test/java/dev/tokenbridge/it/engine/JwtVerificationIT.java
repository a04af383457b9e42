// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens of every algorithm verify with a second JOSE library (jose4j) against the published JWKS. */
class JwtVerificationIT {

  private static final String AUDIENCE_A = "https://api.example.test";
  private static final String AUDIENCE_B = "https://billing.example.test";
  private static final Map<String, String> KEY_TYPES = Map.of(
      "RS256", "RSA", "RS384", "RSA", "RS512", "RSA", "PS256", "RSA",
      "ES256", "EC", "ES384", "EC", "EdDSA", "OKP");
  private static final Map<String, String> CURVES = Map.of("ES256", "P-256", "ES384", "P-384", "EdDSA", "Ed25519");
  private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"})
  void tokenIssuedWithTheAlgorithmVerifiesWithJose4jAgainstTheJwksAndCarriesTheRoleClaims(String algorithm)
      throws Exception {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "algorithm=" + algorithm, "ttl=10m", "audience=" + AUDIENCE_A + "," + AUDIENCE_B,
        "scopes=read write");

    Creds creds = mount.issue("api");
    String jwks = mount.jwks().body();
    JwtContext verified = new JoseVerifier(jwks, mount.issuer(), AUDIENCE_B, algorithm, "at+jwt")
        .verifyOrFail(creds.token());

    JsonWebStructure header = JoseVerifier.header(verified);
    assertEquals(algorithm, header.getAlgorithmHeaderValue(), creds.toString());
    assertEquals("at+jwt", header.getHeader("typ"), creds.toString());
    assertEquals(creds.kid(), header.getKeyIdHeaderValue(), creds.toString());
    JsonObject key = publishedKey(jwks, creds.kid());
    assertEquals(algorithm, key.get("alg").getAsString(), key.toString());
    assertEquals("sig", key.get("use").getAsString(), key.toString());
    assertEquals(KEY_TYPES.get(algorithm), key.get("kty").getAsString(), key.toString());
    if (CURVES.containsKey(algorithm)) {
      assertEquals(CURVES.get(algorithm), key.get("crv").getAsString(), key.toString());
    }

    JwtClaims claims = verified.getJwtClaims();
    assertEquals(mount.issuer(), claims.getIssuer());
    assertEquals(callerDisplayName(mount), claims.getSubject(), "sub falls back to the caller's display name");
    assertEquals(List.of(AUDIENCE_A, AUDIENCE_B), claims.getAudience());
    assertEquals(creds.jti(), claims.getJwtId());
    assertEquals("read write", claims.getStringClaimValue("scope"));
    assertEquals("api", claims.getStringClaimValue("client_id"));
    long iat = claims.getIssuedAt().getValue();
    assertEquals(iat, claims.getNotBefore().getValue(), "nbf = iat");
    assertEquals(600, claims.getExpirationTime().getValue() - iat, "exp = iat + ttl");
    assertTrue(Math.abs(iat - System.currentTimeMillis() / 1000) <= 5, "iat " + iat + " is not now");
    assertEquals(creds.leaseDuration(), claims.getExpirationTime().getValue() - iat, creds.toString());
  }

  @Test
  void jwksHoldsOnlyPublicMembersAndEveryKeyNamesItsKidAlgorithmAndUse() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("rsa", "algorithm=RS256");
    mount.role("ec", "algorithm=ES384");
    mount.role("ed", "algorithm=EdDSA");
    List.of("rsa", "ec", "ed").forEach(mount::issue);

    JsonObject jwks = JsonParser.parseString(mount.jwks().body()).getAsJsonObject();

    assertEquals(Set.of("keys"), jwks.keySet(), "the body is the plain JWK Set, without Vault's envelope");
    assertEquals(6, jwks.getAsJsonArray("keys").size(), "an active and a next key per algorithm in use: " + jwks);
    jwks.getAsJsonArray("keys").forEach(element -> {
      JsonObject key = element.getAsJsonObject();
      for (String member : PRIVATE_MEMBERS) {
        assertFalse(key.has(member), "private member " + member + " published: " + key);
      }
      assertTrue(key.has("kid") && key.has("alg") && "sig".equals(key.get("use").getAsString()), key.toString());
    });
  }

  @Test
  void roleWithTypJwtIssuesTokensWhoseTypHeaderIsJwt() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("plain", "algorithm=ES256", "typ=JWT", "audience=" + AUDIENCE_A);

    Creds creds = mount.issue("plain");
    JwtContext verified = new JoseVerifier(mount.jwks().body(), mount.issuer(), AUDIENCE_A, "ES256", "JWT")
        .verifyOrFail(creds.token());

    assertEquals("JWT", JoseVerifier.header(verified).getHeader("typ"));
  }

  static JsonObject publishedKey(String jwks, String kid) {
    for (var element : JsonParser.parseString(jwks).getAsJsonObject().getAsJsonArray("keys")) {
      JsonObject key = element.getAsJsonObject();
      if (kid.equals(key.get("kid").getAsString())) {
        return key;
      }
    }
    throw new AssertionError("kid " + kid + " is not in the JWKS " + jwks);
  }

  /** The display name of the CLI's token, which the default subject template falls back to. */
  private static String callerDisplayName(TokenMount mount) {
    return mount.cli().run("token", "lookup", "-format=json").assertSuccess().data().get("display_name").getAsString();
  }
}
