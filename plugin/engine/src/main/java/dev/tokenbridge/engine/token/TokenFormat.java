// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of token the engine issues, with the names the API and lease data use. */
public enum TokenFormat {
    /** A signed JWT, verifiable offline with the JWKS. */
    JWT("jwt"),
    /** A random reference token; only its SHA-256 is stored, and introspection is the only way to check it. */
    OPAQUE("opaque");

    private final String wireName;

    TokenFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TokenFormat> fromWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
