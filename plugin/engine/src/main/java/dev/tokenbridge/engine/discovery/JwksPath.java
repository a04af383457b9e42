// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.discovery;

import dev.tokenbridge.engine.signing.SigningKeys;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.Map;

/** {@code jwks} (unauthenticated): the public keys verifiers check token signatures with. */
public final class JwksPath {
    /** The path, as declared unauthenticated. */
    public static final String PATTERN = "jwks";

    private final SigningKeys keys;

    public JwksPath(SigningKeys keys) {
        this.keys = keys;
    }

    public Path path() {
        return Path.builder(PATTERN)
                .operation(Operation.READ, "Read the JSON Web Key Set (no token needed).", this::read)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        return RawResponse.json(Map.of("keys", keys.publicJwks()), keys.jwksMaxAge());
    }

    private static final String HELP_SYNOPSIS = "The public signing keys as a JSON Web Key Set.";
    private static final String HELP_DESCRIPTION = """
            Answers without a Vault token with an RFC 7517 JWK Set, {"keys": [...]}, holding the next, \
            active and retiring keys of every algorithm in use: public members only, each with kid, \
            alg and use=sig. The body is the plain JWK Set (no Vault envelope) and carries \
            Cache-Control: max-age=<jwks_max_age>; the engine publishes a key at least that long \
            before it signs and keeps it published until the last token it signed has expired, so \
            verifiers that respect max-age always find the key of a valid token.
            """;
}
