// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** A failure that must not be retried; on revoke Vault marks the lease irrevocable at once. */
public final class UnrecoverableException extends PluginException {
    public UnrecoverableException(String message) {
        super(message);
    }

    public UnrecoverableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNRECOVERABLE;
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
