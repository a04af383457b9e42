// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/**
 * A write reached a node whose storage is read-only (a standby). The message is Vault's own text,
 * passed back unchanged, because Vault recognises it and forwards the request to the active node.
 */
public final class ReadOnlyStorageException extends PluginException {
    /** Vault's exact text for {@code logical.ErrReadOnly}. */
    public static final String VAULT_MESSAGE = "cannot write to readonly storage";

    public ReadOnlyStorageException() {
        super(VAULT_MESSAGE);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNKNOWN;
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
