// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.engine.stats.EngineStats;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code introspect}: RFC 7662 token introspection for JWTs and opaque tokens. */
public final class IntrospectPath {
    static final Field<String> TOKEN = Field.string("token")
            .description("The token to check.")
            .required()
            .sensitive()
            .build();
    static final Field<String> TOKEN_TYPE_HINT = Field.string("token_type_hint")
            .description("Accepted for RFC 7662 compatibility and ignored: the engine recognises its tokens.")
            .build();

    private final TokenInspector inspector;
    private final EngineStats stats;
    private final Clock clock;

    public IntrospectPath(TokenInspector inspector, EngineStats stats, Clock clock) {
        this.inspector = inspector;
        this.stats = stats;
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("introspect")
                .fields(TOKEN, TOKEN_TYPE_HINT)
                .operation(Operation.UPDATE, "Check a token and read its claims.", this::introspect)
                .helpSynopsis("Check whether a token is active (RFC 7662).")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response introspect(Request request, FieldData data) {
        String token = data.get(TOKEN);
        if (token.isEmpty()) {
            throw new BadRequestException("token: required");
        }
        TokenInspector.Inspection inspection = inspector.inspect(token, clock.instant());
        if (!inspection.active()) {
            stats.increment(EngineStats.Counter.INTROSPECTED_INACTIVE, inspection.role());
            return Response.of(Map.of("active", false));
        }
        stats.increment(EngineStats.Counter.INTROSPECTED_ACTIVE, inspection.role());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("active", true);
        // NOTE: a role claim named like an RFC 7662 member must not change what the member says.
        inspection.claims().forEach((name, value) -> {
            if (!name.equals("active") && !name.equals("token_type")) {
                out.put(name, value);
            }
        });
        out.put("token_type", "Bearer");
        return Response.of(out);
    }

    private static final String HELP_DESCRIPTION = """
            Answers {"active": true} with the token's claims (iss, sub, aud, exp, iat, nbf, jti, client_id, \
            scope and the role's claims) for a token this mount issued that has not expired and was not \
            revoked, by lease, by revoke, or by its role's watermark. Anything else, malformed, forged, \
            expired, revoked or unknown, gets the same {"active": false}. JWTs are checked against the keys \
            published in the JWKS; opaque tokens against their stored record, which is the only way to \
            check them.
            """;
}
