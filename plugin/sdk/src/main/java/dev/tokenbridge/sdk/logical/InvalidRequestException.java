// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** The request is malformed in a way Vault itself should treat as invalid (revocation stops retrying): HTTP 400. */
public final class InvalidRequestException extends PluginException {
    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_REQUEST;
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
