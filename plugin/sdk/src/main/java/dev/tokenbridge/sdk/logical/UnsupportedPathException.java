// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** No path of the backend matches: HTTP 404. */
public final class UnsupportedPathException extends PluginException {
    public UnsupportedPathException(String message) {
        super(message);
    }

    public UnsupportedPathException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNSUPPORTED_PATH;
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
