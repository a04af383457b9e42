// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.Map;

/** {@code keys/rotate} (sudo): the next key becomes active now, the active key starts retiring. */
public final class RotateKeysPath {
    static final Field<String> ALGORITHM = Field.string("algorithm")
            .description("Rotate only this algorithm's keys; every algorithm in use if not set.")
            .allowedValues(Algorithm.names().toArray(String[]::new))
            .build();

    private final SigningKeys keys;

    public RotateKeysPath(SigningKeys keys) {
        this.keys = keys;
    }

    public Path path() {
        return Path.builder("keys/rotate")
                .fields(ALGORITHM)
                .operation(Operation.UPDATE, "Rotate the signing keys now.", this::rotate)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response rotate(Request request, FieldData data) {
        SigningKeys.Change change = keys.rotate(data.getOptional(ALGORITHM).map(Algorithm::fromName));
        return Response.of(Map.of("keys", change.keys().stream().map(KeyInfo::toResponseData).toList()))
                .withWarnings(change.warnings());
    }

    private static final String HELP_SYNOPSIS = "Rotate the signing keys now.";
    private static final String HELP_DESCRIPTION = """
            Makes the next key of each ring (or of the given algorithm) the active one and starts \
            retiring the active key; a new next key is published. Tokens already issued stay valid: \
            the old key stays in the JWKS until they have expired. A next key signs only after it has \
            been published for jwks_max_age plus allowed_clock_skew, so rotating twice in quick \
            succession delays the second activation (the response warns). Use keys/retire instead \
            when a key is compromised. Needs sudo.
            """;
}
