// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;

/**
 * Handles one operation on a path. The framework has already checked every parameter against the
 * path's fields. Report a caller's mistake by throwing a {@link dev.tokenbridge.sdk.logical.PluginException}
 * such as {@link dev.tokenbridge.sdk.logical.BadRequestException}; any other exception becomes an internal
 * error whose details go only to the log. Implementations are called concurrently and must be thread-safe.
 */
@FunctionalInterface
public interface Handler {
    /**
     * @return the response, or null for none (Vault then answers 404 to reads and 204 to writes)
     */
    Response handle(Request request, FieldData data);
}
