// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** The path exists but does not support the operation: HTTP 405. */
public final class OperationNotSupportedException extends PluginException {
    public OperationNotSupportedException(String message) {
        super(message);
    }

    public OperationNotSupportedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNSUPPORTED_OPERATION;
    }

    @Override
    public int httpStatus() {
        return 405;
    }
}
