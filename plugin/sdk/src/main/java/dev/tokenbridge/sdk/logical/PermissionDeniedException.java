// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** The caller may not do this: HTTP 403. */
public final class PermissionDeniedException extends PluginException {
    public PermissionDeniedException(String message) {
        super(message);
    }

    public PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.PERMISSION_DENIED;
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
