// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.Map;
import java.util.Objects;

/**
 * A leased secret: Vault keeps {@code internalData} with the lease and hands it back on renew and
 * revoke. It never reaches the client, and it must hold everything revocation needs.
 *
 * @param leaseOptions the lease's TTLs and issue time
 * @param internalData JSON-compatible values kept with the lease (includes {@code secret_type})
 * @param leaseId the lease id Vault assigned; empty on responses
 */
public record Secret(LeaseOptions leaseOptions, Map<String, Object> internalData, String leaseId) {
    /** The key of {@link #internalData()} that names the secret type, as in Vault's Go framework. */
    public static final String SECRET_TYPE_KEY = "secret_type";

    public Secret {
        Objects.requireNonNull(leaseOptions, "leaseOptions");
        internalData = Json.immutableCopy(internalData);
        leaseId = leaseId == null ? "" : leaseId;
    }

    /** The secret type this secret was issued as, or empty if none was recorded. */
    public String secretType() {
        return internalData.get(SECRET_TYPE_KEY) instanceof String type ? type : "";
    }

    /** Only the lease facts: internal data may hold identifiers that do not belong in logs. */
    @Override
    public String toString() {
        return "Secret[type=" + secretType() + ", " + leaseOptions + "]";
    }
}
