// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import java.util.Objects;

/**
 * A role's revocation watermark: every token of the role whose {@code iat} is before
 * {@code revokedBefore} (unix seconds) is revoked. Immutable.
 *
 * @param updatedAt when it was last written (unix seconds)
 */
public record Watermark(String role, long revokedBefore, long updatedAt) {
    public Watermark {
        Objects.requireNonNull(role, "role");
    }

    /** Whether a token issued at {@code iat} is revoked by this watermark. */
    public boolean covers(long iat) {
        return iat < revokedBefore;
    }
}
