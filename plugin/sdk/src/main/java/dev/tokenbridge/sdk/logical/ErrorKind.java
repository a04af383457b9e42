// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

/** Vault's error kinds ({@code ErrType} in the backend protocol), with their wire numbers. */
public enum ErrorKind {
    UNKNOWN(0),
    USER(1),
    INTERNAL(2),
    CODED(3),
    BAD_REQUEST(4),
    UNSUPPORTED_OPERATION(5),
    UNSUPPORTED_PATH(6),
    INVALID_REQUEST(7),
    PERMISSION_DENIED(8),
    UNRECOVERABLE(10);

    private final int wireCode;

    ErrorKind(int wireCode) {
        this.wireCode = wireCode;
    }

    /** The {@code err_type} number Vault expects. */
    public int wireCode() {
        return wireCode;
    }
}
