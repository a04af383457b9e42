// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/**
 * The root of every error a backend reports to Vault. The subclasses map one-to-one onto Vault's
 * error kinds, so the HTTP status a client sees follows from the class thrown. Messages are shown to
 * clients: they name the field and what was expected, and never carry a secret value.
 */
public abstract sealed class PluginException extends RuntimeException
        permits BadRequestException, CodedException, PermissionDeniedException, UnsupportedPathException,
                OperationNotSupportedException, InvalidRequestException, InternalException,
                ReadOnlyStorageException, UnrecoverableException {

    protected PluginException(String message) {
        super(message, null, false, false);
    }

    protected PluginException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** The Vault error kind this exception is sent as. */
    public abstract ErrorKind kind();

    /** The HTTP status Vault answers with. */
    public abstract int httpStatus();
}
