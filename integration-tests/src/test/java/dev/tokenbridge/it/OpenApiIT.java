// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Vault's generated OpenAPI document, which asks every mounted engine for its help. */
class OpenApiIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @Test
  void openApiDocumentIsServedAndListsTheMountedConfigPath() throws Exception {
    String mount = mounts.enable();

    HttpResponse<String> response = VAULT.server().get("/v1/sys/internal/specs/openapi");

    assertEquals(200, response.statusCode(), response.body());
    JsonObject paths = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("paths");
    assertTrue(paths.has("/" + mount + "/config"), "no /" + mount + "/config in " + paths.keySet());
  }
}
