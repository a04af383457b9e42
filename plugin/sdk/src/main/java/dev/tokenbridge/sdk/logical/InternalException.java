// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/**
 * An unexpected failure: the client sees only a generic message, while the cause goes to the log.
 * Vault retries revocations that fail this way.
 */
public final class InternalException extends PluginException {
    /** What clients see for every internal error. */
    public static final String GENERIC_MESSAGE = "internal error; see the Vault server log";

    public InternalException(String logMessage, Throwable cause) {
        super(logMessage, cause);
    }

    public InternalException(String logMessage) {
        super(logMessage);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INTERNAL;
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
