// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.Map;

/** {@code keys}: the published signing keys and their schedule; public facts only. */
public final class KeysPath {
    private final SigningKeys keys;

    public KeysPath(SigningKeys keys) {
        this.keys = keys;
    }

    public Path path() {
        return Path.builder("keys")
                .operation(Operation.READ, "List the signing keys, their states and publication windows.", this::read)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        return Response.of(Map.of("keys", keys.list().stream().map(KeyInfo::toResponseData).toList()));
    }

    private static final String HELP_SYNOPSIS = "List the signing keys.";
    private static final String HELP_DESCRIPTION = """
            Lists every published signing key of every algorithm in use: kid, algorithm, state, created, \
            activates_at, deactivates_at, published_until and max_token_ttl. A next key is published \
            at least jwks_max_age plus allowed_clock_skew before it signs; the active key signs; a \
            retiring key no longer signs and stays published until the longest-lived token it signed \
            (max_token_ttl) has expired, plus allowed_clock_skew and jwks_max_age. Times are RFC 3339; \
            deactivates_at and published_until are empty while no successor is scheduled. Keys rotate \
            every rotation_period on their own; see keys/rotate and keys/retire to act sooner. The \
            first key of an algorithm signs as soon as its first token is issued, so verifiers should \
            fetch the JWKS again when they meet an unknown kid. Private key material never leaves \
            Vault storage.
            """;
}
