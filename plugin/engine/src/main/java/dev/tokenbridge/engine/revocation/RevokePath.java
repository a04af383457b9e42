// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.engine.role.Inputs;
import dev.tokenbridge.engine.stats.EngineStats;
import dev.tokenbridge.engine.token.OpaqueTokenStore;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.engine.token.TokenIds;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.SystemView;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code revoke}: revoke a token when only the token (or its {@code jti}) is known, e.g. after a leak;
 * lease ids cannot be derived from a token. The lease itself stays until it expires, and its revoke
 * callback then has nothing left to do.
 */
public final class RevokePath {
    static final Field<String> TOKEN = Field.string("token")
            .description("The token to revoke (a JWT or an opaque token). Give this or jti.")
            .sensitive()
            .build();
    static final Field<String> JTI = Field.string("jti")
            .description("The jti of a token to revoke, when the token itself is not at hand. Give this or token.")
            .build();
    static final Field<Instant> EXP = Field.time("exp")
            .description("With jti: the token's exp (unix seconds or RFC 3339). Without it the entry is kept for"
                    + " the mount's max lease TTL, the longest any token can live.")
            .build();

    private final TokenInspector inspector;
    private final DenyList denyList;
    private final OpaqueTokenStore opaqueTokens;
    private final SystemView systemView;
    private final EngineStats stats;
    private final Clock clock;

    public RevokePath(TokenInspector inspector, DenyList denyList, OpaqueTokenStore opaqueTokens,
            SystemView systemView, EngineStats stats, Clock clock) {
        this.inspector = inspector;
        this.denyList = denyList;
        this.opaqueTokens = opaqueTokens;
        this.systemView = systemView;
        this.stats = stats;
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("revoke")
                .fields(TOKEN, JTI, EXP)
                .operation(Operation.UPDATE, "Revoke a token by its value or its jti.", this::revoke)
                .helpSynopsis("Revoke a token by its value or jti.")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response revoke(Request request, FieldData data) {
        boolean byToken = !data.get(TOKEN).isEmpty();
        boolean byJti = !data.get(JTI).isEmpty();
        if (byToken == byJti) {
            throw new BadRequestException("token, jti: give exactly one of them");
        }
        if (byToken && data.isSet(EXP)) {
            throw new BadRequestException("exp: only used with jti; a token carries its own exp");
        }
        Instant now = clock.instant();
        return byToken ? revokeToken(data.get(TOKEN), now) : revokeJti(data, now);
    }

    private Response revokeToken(String token, Instant now) {
        TokenInspector.Inspection inspection = inspector.inspect(token, now);
        if (!inspection.recognised()) {
            if (TokenIds.looksOpaque(token)) {
                return outcome(false, "", 0, TokenFormat.OPAQUE).withWarning("no stored opaque token has this value:"
                        + " it expired, was already revoked, or was not issued by this mount");
            }
            throw new BadRequestException("token: not a token of this mount (malformed, another issuer, or signed"
                    + " by a key no longer published); revoke by jti instead if you know it");
        }
        if (inspection.exp() <= now.getEpochSecond()) {
            return outcome(false, inspection.jti(), inspection.exp(), inspection.format())
                    .withWarning("the token has already expired; nothing to revoke");
        }
        if (inspection.format() == TokenFormat.OPAQUE) {
            opaqueTokens.delete(inspection.tokenHash());
        } else {
            denyList.add(new DenyListEntry(inspection.jti(), inspection.exp(), inspection.role(),
                    now.getEpochSecond()));
        }
        stats.increment(EngineStats.Counter.REVOKED_EARLY, inspection.role());
        return outcome(true, inspection.jti(), inspection.exp(), inspection.format());
    }

    private Response revokeJti(FieldData data, Instant now) {
        String jti = data.get(JTI);
        if (!TokenIds.JTI.matcher(jti).matches()) {
            throw new BadRequestException("jti: expected 1 to 128 letters, digits, '-' and '_', got "
                    + Inputs.quote(jti));
        }
        long latest = now.getEpochSecond() + systemView.maxLeaseTtl().toSeconds();
        String warning = null;
        long exp;
        if (data.isSet(EXP)) {
            exp = data.get(EXP).getEpochSecond();
            if (exp <= now.getEpochSecond()) {
                return outcome(false, jti, exp, TokenFormat.JWT)
                        .withWarning("exp is in the past: the token has already expired; nothing to revoke");
            }
            if (exp > latest) {
                throw new BadRequestException("exp: expected a time no later than now plus the mount's max lease TTL ("
                        + Instant.ofEpochSecond(latest) + "), since no token lives longer");
            }
        } else {
            exp = latest;
            warning = "exp not given: the deny-list entry is kept for the mount's max lease TTL ("
                    + systemView.maxLeaseTtl().toSeconds() + "s)";
        }
        denyList.add(new DenyListEntry(jti, exp, "", now.getEpochSecond()));
        stats.increment(EngineStats.Counter.REVOKED_EARLY, "");
        Response response = outcome(true, jti, exp, TokenFormat.JWT);
        return warning == null ? response : response.withWarning(warning);
    }

    private static Response outcome(boolean revoked, String jti, long exp, TokenFormat format) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revoked", revoked);
        data.put("jti", jti);
        data.put("exp", exp);
        data.put("format", format.wireName());
        return Response.of(data);
    }

    private static final String HELP_DESCRIPTION = """
            For incidents where a token leaked but its lease id is unknown. With token, the engine checks \
            that it issued the token, then deny-lists a JWT until its exp (resource servers see it in the \
            revoked feed and introspection answers inactive) or deletes an opaque token's record. With jti, \
            the jti is deny-listed; give the token's exp too, or the entry is kept for the mount's max lease \
            TTL. A jti entry also makes introspection of an opaque token with that jti inactive. Revoking \
            twice is harmless. The token's lease stays until it expires; its revoke then has nothing to do.
            """;
}
