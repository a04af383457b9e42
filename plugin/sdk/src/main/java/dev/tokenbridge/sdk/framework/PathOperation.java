// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.util.Objects;

/**
 * One operation of a path: its handler and the one-line summary the OpenAPI document shows. Immutable.
 *
 * @param summary what the operation does, e.g. {@code Read a role.}
 * @param handler the code that runs it
 */
public record PathOperation(String summary, Handler handler) {
    public PathOperation {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        if (summary.isBlank()) {
            throw new IllegalArgumentException("an operation needs a summary");
        }
    }
}
