// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import dev.tokenbridge.it.support.Mounts;
import dev.tokenbridge.it.support.VaultExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input over HTTP is a 4xx whose error names the field; never a 5xx. */
class BadInputIT {

  @RegisterExtension static final VaultExtension VAULT = new VaultExtension();
  @RegisterExtension final Mounts mounts = new Mounts(VAULT);

  @ParameterizedTest(name = "{0} {1} {2} -> names {3}")
  @CsvSource(delimiter = '|', textBlock = """
      POST | roles/x          | {"ttl": "1m", "colour": "red"}                 | colour
      POST | roles/x          | {"ttl": "48h"}                                 | ttl
      POST | roles/x          | {"ttl": "10s"}                                 | ttl
      POST | roles/x          | {"ttl": "soon"}                                | ttl
      POST | roles/x          | {"max_ttl": "1m", "ttl": "5m"}                 | max_ttl
      POST | roles/x          | {"claims": {"sub": "someone-else"}}            | claims
      POST | roles/x          | {"claims": {"exp": 1}}                         | claims
      POST | roles/x          | {"algorithm": "HS256"}                         | algorithm
      POST | roles/x          | {"typ": "jose"}                                | typ
      POST | roles/x          | {"token_format": "paseto"}                     | token_format
      POST | config           | {"default_algorithm": "none"}                  | default_algorithm
      POST | config           | {"issuer": "ftp://example.test"}               | issuer
      GET  | creds/no-such-role |                                              | no-such-role
      POST | creds/api        | {"audience": ["https://elsewhere.test"]}       | audience
      POST | creds/api        | {"claims": {"team": "red"}}                    | claims
      POST | keys/retire      | {"kid": "no-such-kid"}                         | kid
      POST | introspect       | {"token": ""}                                  | token
      """)
  void badRequestIsA4xxWhoseErrorNamesTheField(String method, String path, String body, String field) {
    TokenMount mount = TokenMount.enable(VAULT, mounts);
    mount.role("api", "ttl=5m", "audience=https://api.example.test");
    String apiPath = "/v1/" + mount.path() + "/" + path;

    HttpResponse<String> response = method.equals("GET")
        ? mount.http().get(apiPath)
        : mount.http().post(apiPath, body);

    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, VaultHttp.describe(response));
    JsonArray errors = VaultHttp.json(response).getAsJsonArray("errors");
    assertEquals(1, errors.size(), VaultHttp.describe(response));
    assertTrue(errors.get(0).getAsString().contains(field), "error does not name " + field + ": "
        + VaultHttp.describe(response));
  }
}
