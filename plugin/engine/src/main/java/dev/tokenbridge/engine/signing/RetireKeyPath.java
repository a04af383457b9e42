// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code keys/retire} (sudo): the emergency cut of one key. */
public final class RetireKeyPath {
    static final Field<String> KID = Field.string("kid")
            .description("Id of the key to drop from the JWKS (the kid header of its tokens).")
            .required()
            .build();

    private final SigningKeys keys;

    public RetireKeyPath(SigningKeys keys) {
        this.keys = keys;
    }

    public Path path() {
        return Path.builder("keys/retire")
                .fields(KID)
                .operation(Operation.UPDATE, "Drop one signing key from the JWKS at once.", this::retire)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response retire(Request request, FieldData data) {
        String kid = data.get(KID);
        SigningKeys.Change change = keys.retire(kid);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("retired", kid);
        body.put("keys", change.keys().stream().map(KeyInfo::toResponseData).toList());
        return Response.of(body).withWarnings(change.warnings());
    }

    private static final String HELP_SYNOPSIS = "Drop a compromised signing key at once.";
    private static final String HELP_DESCRIPTION = """
            The last resort after a key compromise: the key leaves the JWKS immediately and never \
            signs again, so every token it signed stops verifying once verifiers refresh the JWKS \
            (within jwks_max_age). If it was the active key, the next key signs from now on and a new \
            next key is published. The response lists the algorithm's remaining keys. To revoke \
            individual tokens, revoke their leases instead. Needs sudo.
            """;
}
