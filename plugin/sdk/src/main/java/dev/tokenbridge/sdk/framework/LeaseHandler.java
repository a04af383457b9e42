// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;

/**
 * Renews or revokes a leased secret. The request carries the stored secret ({@link Request#secret()},
 * whose internal data holds everything the handler may rely on) and, as its data, the response data
 * the lease was issued with. Implementations are called concurrently and must be thread-safe.
 */
@FunctionalInterface
public interface LeaseHandler {
    /**
     * @return for renew, a response whose secret carries the new TTLs (see
     *     {@link SecretType#renewResponse}); for revoke, usually null
     */
    Response handle(Request request);
}
