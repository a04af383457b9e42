// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.engine.role.RoleName;
import dev.tokenbridge.engine.role.RoleStore;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code roles/<name>/revoke-issued-before}: revoke every token of a role issued before a time, with one
 * storage record instead of one per token (mass compromise).
 */
public final class RevokeIssuedBeforePath {
    static final Field<String> NAME = Field.string("name")
            .description("Name of the role.")
            .required()
            .build();
    static final Field<Instant> TIME = Field.time("time")
            .description("Tokens issued before this time (RFC 3339 or unix seconds) are revoked. Default: now,"
                    + " including tokens issued earlier in the current second.")
            .build();

    private final RoleStore roles;
    private final WatermarkStore watermarks;
    private final Clock clock;

    public RevokeIssuedBeforePath(RoleStore roles, WatermarkStore watermarks, Clock clock) {
        this.roles = roles;
        this.watermarks = watermarks;
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("roles/(?<name>" + RoleName.SEGMENT + ")/revoke-issued-before")
                .fields(NAME, TIME)
                .operation(Operation.UPDATE, "Revoke every token of the role issued before a time.", this::revoke)
                .helpSynopsis("Revoke all tokens of a role issued before a time.")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response revoke(Request request, FieldData data) {
        String name = RoleName.check(NAME.name(), data.get(NAME));
        if (roles.get(name).isEmpty()) {
            throw RoleName.unknown(name);
        }
        Instant now = clock.instant();
        long nowSeconds = now.getEpochSecond();
        // NOTE: iat is whole seconds; "before now" must include tokens issued earlier in this second.
        long requested = data.getOptional(TIME).map(RevokeIssuedBeforePath::ceilSeconds).orElse(nowSeconds + 1);
        if (requested > nowSeconds + 1) {
            throw new BadRequestException("time: expected a time that is not in the future, got "
                    + Instant.ofEpochSecond(requested));
        }
        Optional<Watermark> current = watermarks.get(name);
        Response response;
        if (current.isPresent() && current.get().revokedBefore() >= requested) {
            response = describe(current.get()).withWarning("the role's watermark is already at "
                    + Instant.ofEpochSecond(current.get().revokedBefore()) + "; it never moves back, so it was kept");
        } else {
            Watermark watermark = new Watermark(name, requested, nowSeconds);
            watermarks.put(watermark);
            response = describe(watermark);
        }
        return response;
    }

    private static long ceilSeconds(Instant time) {
        return time.getNano() == 0 ? time.getEpochSecond() : time.getEpochSecond() + 1;
    }

    private static Response describe(Watermark watermark) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("role", watermark.role());
        data.put("revoked_before", watermark.revokedBefore());
        data.put("revoked_before_time", Instant.ofEpochSecond(watermark.revokedBefore()));
        return Response.of(data);
    }

    private static final String HELP_DESCRIPTION = """
            Sets the role's watermark: every token of the role whose iat is before time (default now, \
            including tokens issued earlier in the current second) is revoked. It is one storage record, \
            published in the revoked feed as revoked_before, applied by introspection, and it spares the \
            lease revocations of those tokens from writing deny-list entries. Use it after a mass \
            compromise, before vault lease revoke -prefix <mount>creds/<name>. The watermark only moves \
            forward and outlives the role. Restrict this path to operators in your ACL policies.
            """;
}
