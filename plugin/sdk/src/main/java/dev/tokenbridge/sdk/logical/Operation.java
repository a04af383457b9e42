// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.Arrays;
import java.util.Optional;

/** The operations Vault sends to a backend, with their wire names. */
public enum Operation {
    READ("read"),
    LIST("list"),
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    PATCH("patch"),
    HELP("help"),
    HEADER("header"),
    RENEW("renew"),
    REVOKE("revoke"),
    ROLLBACK("rollback"),
    SCAN("scan");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    /** The operation's name on the wire, e.g. {@code "read"}. */
    public String wireName() {
        return wireName;
    }

    /** The operation with this wire name, or empty for one this SDK does not know. */
    public static Optional<Operation> fromWire(String name) {
        return Arrays.stream(values()).filter(op -> op.wireName.equals(name)).findFirst();
    }
}
