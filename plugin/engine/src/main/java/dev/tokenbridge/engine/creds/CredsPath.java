// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.engine.config.EngineConfig;
import dev.tokenbridge.engine.role.ClaimRules;
import dev.tokenbridge.engine.role.Inputs;
import dev.tokenbridge.engine.role.Role;
import dev.tokenbridge.engine.role.RoleName;
import dev.tokenbridge.engine.role.RoleStore;
import dev.tokenbridge.engine.role.TemplateContext;
import dev.tokenbridge.engine.role.Templates;
import dev.tokenbridge.engine.stats.EngineStats;
import dev.tokenbridge.engine.token.IssuedToken;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.engine.token.TokenIssuer;
import dev.tokenbridge.engine.token.TokenRequest;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.SystemView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code creds/<name>}: issue a token under a role; its lease is the token's lifetime. */
public final class CredsPath {
    static final Field<String> NAME = Field.string("name")
            .description("Name of the role to issue the token under.")
            .required()
            .build();
    static final Field<Duration> TTL = Field.duration("ttl")
            .description("Lifetime of this token (at least 30s, at most the role's max_ttl); default the role's ttl.")
            .build();
    static final Field<List<String>> AUDIENCE = Field.stringList("audience")
            .description("Narrow the token's aud to these values, each of which must be in the role's audience.")
            .build();
    static final Field<Map<String, Object>> CLAIMS = Field.jsonObject("claims")
            .description("JSON object of claims to add; only names listed in the role's allowed_request_claims.")
            .build();

    /** Templates may grow claims (group lists); this keeps a token within what HTTP headers carry. */
    static final int MAX_RESOLVED_CLAIMS_CHARS = 4 * ClaimRules.MAX_CLAIMS_BYTES;

    private final RoleStore roles;
    private final ConfigStore config;
    private final SystemView systemView;
    private final Map<TokenFormat, TokenIssuer> issuers;
    private final IssuedTokenSecret secret;
    private final EngineStats stats;
    private final Clock clock;

    public CredsPath(RoleStore roles, ConfigStore config, SystemView systemView, List<TokenIssuer> issuers,
            IssuedTokenSecret secret, EngineStats stats, Clock clock) {
        this.roles = roles;
        this.config = config;
        this.systemView = systemView;
        this.issuers = new LinkedHashMap<>();
        issuers.forEach(issuer -> this.issuers.put(issuer.format(), issuer));
        this.secret = secret;
        this.stats = stats;
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("creds/(?<name>" + RoleName.SEGMENT + ")")
                .fields(NAME, TTL, AUDIENCE, CLAIMS)
                .operation(Operation.READ, "Issue a token with the role's settings.", this::issue)
                .operation(Operation.UPDATE, "Issue a token, with a shorter ttl, a narrower audience or extra claims.",
                        this::issue)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response issue(Request request, FieldData data) {
        String name = RoleName.check(NAME.name(), data.get(NAME));
        Role role = roles.get(name).orElseThrow(() -> RoleName.unknown(name));
        EngineConfig settings = config.readOrDefaults();
        if (role.format() == TokenFormat.JWT && settings.issuer().isEmpty()) {
            throw new BadRequestException("config: issuer is not configured; write it first, e.g. vault write "
                    + request.mountPoint() + "config issuer=https://vault.example.com/v1/" + request.mountPoint());
        }
        Ttl.Resolution ttl = Ttl.resolve(data.get(TTL), role.ttl(), role.maxTtl(), systemView.defaultLeaseTtl(),
                systemView.maxLeaseTtl());
        List<String> audience = audience(role, data.get(AUDIENCE));
        Map<String, Object> requested = ClaimRules.checkRequested(CLAIMS.name(), data.get(CLAIMS),
                role.allowedRequestClaims());
        TemplateContext context = new TemplateContext(request, systemView, name);
        Map<String, Object> claims = new LinkedHashMap<>(Templates.renderClaims(role.claims(), context));
        claims.putAll(requested);
        if (Json.write(claims).length() > MAX_RESOLVED_CLAIMS_CHARS) {
            throw new BadRequestException("claims: the claims resolved for this caller exceed "
                    + MAX_RESOLVED_CLAIMS_CHARS + " characters of JSON (for example, too many groups)");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TokenRequest tokenRequest = new TokenRequest(name, settings.issuer(), subject(role, context), audience,
                String.join(" ", role.scopes()), claims, now, ttl.ttl(),
                role.format() == TokenFormat.JWT ? ttl.ttl() : ttl.maxTtl(),
                role.algorithm().isEmpty() ? settings.defaultAlgorithm() : role.algorithm(), role.typ());
        IssuedToken token = issuers.get(role.format()).issue(tokenRequest);
        stats.increment(EngineStats.Counter.ISSUED, name);
        return Response.withSecret(responseData(token), secret.newSecret(token, name)).withWarnings(ttl.warnings());
    }

    private static List<String> audience(Role role, List<String> requested) {
        for (String aud : requested) {
            if (!role.audience().contains(aud)) {
                throw new BadRequestException("audience: " + Inputs.quote(aud) + " is not in the role's audience"
                        + (role.audience().isEmpty() ? " (the role sets none)" : " " + role.audience())
                        + "; a request may only narrow it");
            }
        }
        return requested.isEmpty() ? role.audience() : requested.stream().distinct().toList();
    }

    /** The rendered subject, or the caller's display name if the template finds nothing (e.g. no entity). */
    private static String subject(Role role, TemplateContext context) {
        Object rendered = Templates.render(role.subject(), context);
        String subject = rendered instanceof String text ? text : "";
        if (subject.isEmpty()) {
            subject = context.displayName();
        }
        if (subject.isEmpty()) {
            throw new BadRequestException("subject: the role's subject template " + Inputs.quote(role.subject())
                    + " is empty for this caller, which has no entity and no display name");
        }
        return subject;
    }

    private static Map<String, Object> responseData(IssuedToken token) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", token.token());
        data.put("token_type", "Bearer");
        data.put("format", token.format().wireName());
        data.put("jti", token.jti());
        if (token.format() == TokenFormat.JWT) {
            data.put("kid", token.kid());
        }
        data.put("expires_at", token.expiresAt());
        data.put("expires_in", token.expiresAt().getEpochSecond() - token.issuedAt().getEpochSecond());
        data.put("scope", token.scope());
        return data;
    }

    private static final String HELP_SYNOPSIS = "Issue a token under a role.";
    private static final String HELP_DESCRIPTION = """
            Reading creds/<name> issues a new token with the role's settings; writing to it may ask for a \
            shorter ttl, a narrower audience, or claims the role allows callers to set. The token's lifetime \
            is its Vault lease: a JWT's lease cannot be renewed and ends at the token's exp, so re-reading is \
            how a holder (e.g. Vault Agent) gets a fresh one; revoking the lease revokes the token for every \
            verifier. Opaque tokens have renewable leases up to the role's max_ttl, and renewing moves their \
            expiry. Any cap applied to the ttl is reported as a warning. The answer holds token, token_type, \
            format, jti, kid (JWTs), expires_at, expires_in and scope.
            """;
}
