// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import java.util.Objects;

/**
 * One revoked token: its {@code jti} and {@code exp} (unix seconds), after which the entry is useless
 * and is pruned. Immutable.
 *
 * @param role the token's role, or empty if unknown
 * @param revokedAt when it was revoked (unix seconds)
 */
public record DenyListEntry(String jti, long exp, String role, long revokedAt) {
    public DenyListEntry {
        Objects.requireNonNull(jti, "jti");
        role = Objects.requireNonNullElse(role, "");
    }
}
