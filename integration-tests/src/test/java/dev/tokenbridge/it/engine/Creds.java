// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import com.google.gson.JsonObject;
import dev.tokenbridge.it.support.VaultCli;

/**
 * One answer of {@code vault read -format=json <mount>/creds/<role>}: the lease and the token.
 *
 * @param data the response's {@code data} object (token, jti, kid, expires_in, ...)
 * @param raw the CLI result, for failure messages
 */
public record Creds(String leaseId, long leaseDuration, boolean renewable, JsonObject data, VaultCli.Result raw) {

  /** Parses the CLI's JSON output. */
  static Creds of(VaultCli.Result result) {
    JsonObject json = result.json();
    return new Creds(json.get("lease_id").getAsString(), json.get("lease_duration").getAsLong(),
        json.get("renewable").getAsBoolean(), json.getAsJsonObject("data"), result);
  }

  public String token() {
    return data.get("token").getAsString();
  }

  public String jti() {
    return data.get("jti").getAsString();
  }

  /** The signing key's id (JWTs only). */
  public String kid() {
    return data.get("kid").getAsString();
  }

  /** The CLI output, for failure messages. */
  @Override
  public String toString() {
    return raw.stdout();
  }
}
