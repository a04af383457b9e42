// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a resource server reads without a Vault token: OIDC discovery, the JWKS and the revoked feed,
 * with the HTTP headers Vault actually sends.
 */
class DiscoveryIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void discoveryDocumentIsServedWithoutATokenAndItsJwksUriAnswers() {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "algorithm=ES256");
    Creds creds = mount.issue("api");

    HttpResponse<String> response =
        mount.http().getWithoutToken("/v1/" + mount.path() + "/.well-known/openid-configuration");

    assertEquals(200, response.statusCode(), VaultHttp.describe(response));
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
    JsonObject document = VaultHttp.json(response);
    assertEquals(mount.issuer(), document.get("issuer").getAsString(), document.toString());
    String jwksUri = document.get("jwks_uri").getAsString();
    assertEquals(mount.issuer() + "/jwks", jwksUri);
    assertEquals(mount.issuer() + "/revoked", document.get("revocation_list_uri").getAsString());
    assertEquals(mount.issuer() + "/introspect", document.get("introspection_endpoint").getAsString());
    assertTrue(document.getAsJsonArray("id_token_signing_alg_values_supported").toString().contains("\"EdDSA\""),
        document.toString());
    HttpResponse<String> jwks = mount.http().getWithoutToken(jwksUri.substring(mount.http().address().length()));
    assertEquals(200, jwks.statusCode(), VaultHttp.describe(jwks));
    assertTrue(VaultHttp.json(jwks).getAsJsonArray("keys").toString().contains(creds.kid()), jwks.body());
  }

  @Test
  void discoveryAnswers404NamingTheIssuerUntilOneIsConfigured() {
    String path = mounts.enable();

    HttpResponse<String> response =
        new VaultHttp(VAULT.server()).getWithoutToken("/v1/" + path + "/.well-known/openid-configuration");

    assertEquals(404, response.statusCode(), VaultHttp.describe(response));
    assertTrue(response.body().contains("issuer"), VaultHttp.describe(response));
  }

  @Test
  void jwksIsServedWithoutATokenWithCacheControlMaxAgeOfJwksMaxAge() {
    TokenMount mount = TokenMount.enable(VAULT, mounts, "jwks_max_age=2m");
    mount.issue(roleFor(mount));

    HttpResponse<String> response = mount.jwks();

    assertEquals(List.of("max-age=120"), response.headers().allValues("Cache-Control"), VaultHttp.describe(response));
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
  }

  @Test
  void revokedFeedIsServedWithoutATokenWithCacheControlMaxAgeOfItsMaxAge() {
    TokenMount mount = TokenMount.enable(VAULT, mounts, "deny_list_max_age=20s");

    HttpResponse<String> response = mount.http().getWithoutToken("/v1/" + mount.path() + "/revoked");

    assertEquals(200, response.statusCode(), VaultHttp.describe(response));
    assertEquals(20, VaultHttp.json(response).getAsJsonObject("data").get("max_age").getAsLong(), response.body());
    // The path's help promises the max_age "also sent as Cache-Control".
    assertEquals(List.of("max-age=20"), response.headers().allValues("Cache-Control"), VaultHttp.describe(response));
  }

  private static String roleFor(TokenMount mount) {
    mount.role("api");
    return "api";
  }
}
