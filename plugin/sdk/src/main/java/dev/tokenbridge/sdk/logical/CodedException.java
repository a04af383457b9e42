// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** An error with an explicit HTTP status, e.g. 409 or 429. */
public final class CodedException extends PluginException {
    private final int status;

    public CodedException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
        }
        this.status = status;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CODED;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
