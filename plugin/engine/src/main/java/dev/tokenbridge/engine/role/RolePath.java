// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.engine.signing.Algorithm;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.SystemView;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code roles/<name>}: what tokens issued under a role contain and how long they live. */
public final class RolePath {
    /** The shortest token lifetime: anything shorter expires before Vault Agent can hand it over. */
    public static final Duration MIN_TTL = Duration.ofSeconds(30);

    static final Field<String> NAME = Field.string("name")
            .description("Name of the role.")
            .required()
            .build();
    static final Field<String> TOKEN_FORMAT = Field.lowercaseString("token_format")
            .description("jwt for signed JWTs, or opaque for random reference tokens checked by introspection.")
            .allowedValues(TokenFormat.JWT.wireName(), TokenFormat.OPAQUE.wireName())
            .defaultValue(TokenFormat.JWT.wireName())
            .build();
    static final Field<Duration> TTL = Field.duration("ttl")
            .description("Lifetime of issued tokens, which is also their lease TTL. At least 30s and at most the"
                    + " mount's max lease TTL; 0 or unset means the mount's default lease TTL.")
            .build();
    static final Field<Duration> MAX_TTL = Field.duration("max_ttl")
            .description("The longest ttl a caller may request at issue time, and the renewal limit of opaque"
                    + " tokens. At least ttl; 0 or unset means the mount's max lease TTL.")
            .build();
    static final Field<String> ALGORITHM = Field.string("algorithm")
            .description("Signing algorithm of JWTs; unset means the configured default_algorithm.")
            .allowedValues(Algorithm.names().toArray(String[]::new))
            .build();
    static final Field<List<String>> AUDIENCE = Field.stringList("audience")
            .description("The aud claim: the resource servers the tokens are meant for. A caller may narrow it.")
            .build();
    static final Field<String> SUBJECT = Field.string("subject")
            .description("Template of the sub claim; default {{identity.entity.id}}, falling back to the"
                    + " caller's display name when it has no entity.")
            .defaultValue(Role.DEFAULT_SUBJECT)
            .build();
    static final Field<Map<String, Object>> CLAIMS = Field.jsonObject("claims")
            .description("JSON object of extra claims; string values may hold templates such as"
                    + " {{identity.entity.metadata.team}}. Registered claims cannot be set.")
            .build();
    static final Field<List<String>> SCOPES = Field.stringList("scopes")
            .description("OAuth scopes, issued as the space-separated scope claim.")
            .build();
    static final Field<List<String>> ALLOWED_REQUEST_CLAIMS = Field.stringList("allowed_request_claims")
            .description("Names of claims a caller may set when requesting a token.")
            .build();
    static final Field<String> TYP = Field.string("typ")
            .description("The JWT typ header: at+jwt (RFC 9068 access token) or JWT.")
            .allowedValues(Role.DEFAULT_TYP, "JWT")
            .defaultValue(Role.DEFAULT_TYP)
            .build();

    static final int MAX_AUDIENCES = 32;
    static final int MAX_AUDIENCE_LENGTH = 512;
    static final int MAX_SCOPES = 64;
    static final int MAX_SCOPE_LENGTH = 128;
    static final int MAX_SUBJECT_LENGTH = 1024;
    // RFC 6749 scope-token: printable ASCII except space, double quote and backslash.
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final RoleStore store;
    private final SystemView systemView;

    public RolePath(RoleStore store, SystemView systemView) {
        this.store = store;
        this.systemView = systemView;
    }

    public Path path() {
        return Path.builder("roles/(?<name>" + RoleName.SEGMENT + ")")
                .fields(NAME, TOKEN_FORMAT, TTL, MAX_TTL, ALGORITHM, AUDIENCE, SUBJECT, CLAIMS, SCOPES,
                        ALLOWED_REQUEST_CLAIMS, TYP)
                .existenceCheck(this::exists)
                .operation(Operation.READ, "Read a role.", this::read)
                .operation(Operation.CREATE, "Create a role.", this::write)
                .operation(Operation.UPDATE, "Update a role; fields left out keep their value.", this::write)
                .operation(Operation.DELETE, "Delete a role. Tokens already issued stay valid until they expire.",
                        this::delete)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private boolean exists(Request request, FieldData data) {
        String name = data.get(NAME);
        try {
            RoleName.check(NAME.name(), name);
        } catch (BadRequestException invalid) {
            return false;
        }
        return store.get(name).isPresent();
    }

    private Response read(Request request, FieldData data) {
        String name = RoleName.check(NAME.name(), data.get(NAME));
        return store.get(name).map(role -> Response.of(role.toResponseData())).orElse(null);
    }

    private Response delete(Request request, FieldData data) {
        store.delete(RoleName.check(NAME.name(), data.get(NAME)));
        return null;
    }

    private Response write(Request request, FieldData data) {
        String name = RoleName.check(NAME.name(), data.get(NAME));
        Optional<Role> existing = store.get(name);
        Role base = existing.orElseGet(() -> new Role(name, null, 0, 0, null, null, null, null, null, null, null));
        Duration ttl = data.getOptional(TTL).orElse(base.ttl());
        Duration maxTtl = data.getOptional(MAX_TTL).orElse(base.maxTtl());
        checkTtls(ttl, maxTtl);
        String subject = Inputs.text(SUBJECT.name(), data.getOptional(SUBJECT).orElse(base.subject()),
                MAX_SUBJECT_LENGTH);
        if (subject.isBlank()) {
            throw new BadRequestException("subject: expected a non-empty template such as " + Role.DEFAULT_SUBJECT);
        }
        Templates.check(SUBJECT.name(), subject, false);
        Map<String, Object> claims = data.getOptional(CLAIMS).orElse(base.claims());
        ClaimRules.checkObject(CLAIMS.name(), claims);
        Templates.checkClaims(CLAIMS.name(), claims);
        List<String> allowedRequestClaims = Inputs.identifiers(ALLOWED_REQUEST_CLAIMS.name(),
                data.getOptional(ALLOWED_REQUEST_CLAIMS).orElse(base.allowedRequestClaims()),
                ClaimRules.MAX_CLAIM_NAMES, ClaimRules.MAX_CLAIM_NAME_LENGTH);
        allowedRequestClaims.forEach(claim -> ClaimRules.checkName(ALLOWED_REQUEST_CLAIMS.name(), claim));
        Role role = new Role(name,
                data.getOptional(TOKEN_FORMAT).orElse(base.tokenFormat()),
                ttl.toSeconds(),
                maxTtl.toSeconds(),
                data.getOptional(ALGORITHM).orElse(base.algorithm()),
                Inputs.identifiers(AUDIENCE.name(), data.getOptional(AUDIENCE).orElse(base.audience()),
                        MAX_AUDIENCES, MAX_AUDIENCE_LENGTH),
                subject,
                claims,
                scopes(data.getOptional(SCOPES).orElse(base.scopes())),
                allowedRequestClaims,
                data.getOptional(TYP).orElse(base.typ()));
        store.put(role);
        return null;
    }

    /** Every token expires: ttl and max_ttl are at least 30s, at most the mount's max, and max_ttl ≥ ttl. */
    private void checkTtls(Duration ttl, Duration maxTtl) {
        Duration mountMax = systemView.maxLeaseTtl();
        for (var field : List.of(Map.entry(TTL.name(), ttl), Map.entry(MAX_TTL.name(), maxTtl))) {
            Duration value = field.getValue();
            if (value.isZero()) {
                continue;
            }
            if (value.compareTo(MIN_TTL) < 0) {
                throw new BadRequestException(field.getKey() + ": expected at least " + MIN_TTL.toSeconds()
                        + "s (or 0 for the mount's default), got " + value.toSeconds() + "s");
            }
            if (value.compareTo(mountMax) > 0) {
                throw new BadRequestException(field.getKey() + ": expected at most the mount's max lease TTL ("
                        + mountMax.toSeconds() + "s), got " + value.toSeconds() + "s");
            }
        }
        Duration effectiveTtl = ttl.isZero() ? systemView.defaultLeaseTtl() : ttl;
        if (!maxTtl.isZero() && maxTtl.compareTo(effectiveTtl) < 0) {
            String what = ttl.isZero() ? "the mount's default lease TTL, which applies while ttl is not set"
                    : "ttl";
            throw new BadRequestException("max_ttl: expected at least " + what + " (" + effectiveTtl.toSeconds()
                    + "s), got " + maxTtl.toSeconds() + "s");
        }
    }

    /** Scopes, also accepted space-separated as in the scope claim itself. */
    private static List<String> scopes(List<String> scopes) {
        List<String> split = scopes.stream().flatMap(item -> Arrays.stream(item.split(" +"))).filter(s -> !s.isEmpty())
                .toList();
        List<String> checked = Inputs.identifiers(SCOPES.name(), split, MAX_SCOPES, MAX_SCOPE_LENGTH);
        for (String scope : checked) {
            if (!SCOPE_TOKEN.matcher(scope).matches()) {
                throw new BadRequestException("scopes: expected printable ASCII without spaces, '\"' or '\\', got "
                        + Inputs.quote(scope));
            }
        }
        return checked;
    }

    private static final String HELP_SYNOPSIS = "Manage the roles tokens are issued under.";
    private static final String HELP_DESCRIPTION = """
            A role decides what a token issued by creds/<name> contains and how long it lives. \
            token_format chooses signed JWTs (verifiable offline with the JWKS) or opaque reference tokens \
            (checked with introspect). ttl is the token's lifetime and also its lease TTL, so the token \
            expires exactly when its lease does; it must be between 30s and the mount's max lease TTL. \
            subject and the string values of claims are templates resolved from the caller's identity: \
            {{identity.entity.id}}, {{identity.entity.name}}, {{identity.entity.metadata.KEY}}, \
            {{identity.entity.aliases.<mount accessor>.name}}, {{identity.groups.names}} (a list, only as a \
            whole claim value), {{request.display_name}} and {{role.name}}. The engine alone sets iss, sub, \
            aud, exp, nbf, iat, jti, scope and client_id (the role name), and no claim may be named after a \
            JOSE header (alg, kid, typ, jku, x5u, jwk, crit). Writes that leave a field out keep its current \
            value.
            """;
}
