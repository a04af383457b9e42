// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** A caller's mistake (bad field value, missing field, unknown role): HTTP 400 with the message. */
public final class BadRequestException extends PluginException {
    public BadRequestException(String message) {
        super(message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.BAD_REQUEST;
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
