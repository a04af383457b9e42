// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import dev.tokenbridge.engine.token.IssuedToken;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.engine.token.TokenIds;
import dev.tokenbridge.engine.token.UnixTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What a lease keeps about its token in {@code InternalData}: everything renew and revoke need, so that
 * neither depends on the role, the signing key or the response data still existing. Never the token
 * itself. Times are unix seconds. Immutable.
 *
 * @param maxExp how far an opaque token's lease may be renewed; {@code exp} for JWTs
 * @param kid the signing key (JWTs); empty for opaque tokens
 * @param tokenHash the storage key of an opaque token's record; empty for JWTs
 */
public record LeaseFacts(TokenFormat format, String jti, long iat, long exp, long maxExp, String role, String kid,
        String tokenHash) {

    static final String FORMAT = "format";
    static final String JTI = "jti";
    static final String IAT = "iat";
    static final String EXP = "exp";
    static final String MAX_EXP = "max_exp";
    static final String ROLE = "role";
    static final String KID = "kid";
    static final String TOKEN_HASH = "token_hash";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public LeaseFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(jti, "jti");
        role = Objects.requireNonNullElse(role, "");
        kid = Objects.requireNonNullElse(kid, "");
        tokenHash = Objects.requireNonNullElse(tokenHash, "");
    }

    static LeaseFacts of(IssuedToken token, String role) {
        return new LeaseFacts(token.format(), token.jti(), token.issuedAt().getEpochSecond(),
                token.expiresAt().getEpochSecond(), token.maxExpiresAt().getEpochSecond(), role, token.kid(),
                token.tokenHash());
    }

    /** The internal data of the lease ({@code secret_type} is added by the secret type). */
    Map<String, Object> toInternalData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(FORMAT, format.wireName());
        data.put(JTI, jti);
        data.put(IAT, iat);
        data.put(EXP, exp);
        data.put(ROLE, role);
        if (format == TokenFormat.JWT) {
            data.put(KID, kid);
        } else {
            data.put(MAX_EXP, maxExp);
            data.put(TOKEN_HASH, tokenHash);
        }
        return data;
    }

    /**
     * Reads internal data as Vault hands it back: numbers may have been through a float64 and arrive as
     * {@code 1.7356896E9}, or as text.
     *
     * @throws IllegalArgumentException naming what is missing or malformed (never echoing values)
     */
    static LeaseFacts parse(Map<String, Object> internal) {
        TokenFormat format = TokenFormat.fromWire(String.valueOf(internal.get(FORMAT)))
                .orElseThrow(() -> new IllegalArgumentException("format is missing or unknown"));
        if (!(internal.get(JTI) instanceof String jti) || !TokenIds.JTI.matcher(jti).matches()) {
            throw new IllegalArgumentException("jti is missing or malformed");
        }
        long iat = time(internal, IAT);
        long exp = time(internal, EXP);
        if (exp < iat) {
            throw new IllegalArgumentException("exp is before iat");
        }
        String role = internal.get(ROLE) instanceof String text ? text : "";
        if (format == TokenFormat.JWT) {
            String kid = internal.get(KID) instanceof String text ? text : "";
            return new LeaseFacts(format, jti, iat, exp, exp, role, kid, "");
        }
        if (!(internal.get(TOKEN_HASH) instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("token_hash is missing or malformed");
        }
        long maxExp = internal.containsKey(MAX_EXP) ? time(internal, MAX_EXP) : exp;
        return new LeaseFacts(format, jti, iat, exp, Math.max(maxExp, exp), role, "", hash);
    }

    private static long time(Map<String, Object> internal, String key) {
        OptionalLong value = UnixTime.parse(internal.get(key));
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + " is missing or not a unix time");
        }
        return value.getAsLong();
    }
}
