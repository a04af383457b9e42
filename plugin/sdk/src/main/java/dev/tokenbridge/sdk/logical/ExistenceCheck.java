// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/**
 * The answer to Vault's existence check, which decides whether a write is a {@code create} or an
 * {@code update} (and so which ACL capability it needs).
 *
 * @param checkFound whether the path has an existence check at all (if not, writes are updates)
 * @param exists whether the addressed object exists
 */
public record ExistenceCheck(boolean checkFound, boolean exists) {
    /** The path has no existence check. */
    public static ExistenceCheck notChecked() {
        return new ExistenceCheck(false, false);
    }

    /** The path was checked and the object does or does not exist. */
    public static ExistenceCheck checked(boolean exists) {
        return new ExistenceCheck(true, exists);
    }
}
