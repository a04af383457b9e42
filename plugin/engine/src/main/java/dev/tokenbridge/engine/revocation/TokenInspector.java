// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.engine.config.EngineConfig;
import dev.tokenbridge.engine.token.OpaqueTokenRecord;
import dev.tokenbridge.engine.token.OpaqueTokenStore;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.engine.token.TokenIds;
import dev.tokenbridge.engine.token.UnixTime;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides whether a presented token is one of ours and whether it is still good: for JWTs the signature
 * (through the {@link TokenVerifier}), issuer, times, the deny-list and the role watermark; for opaque
 * tokens the stored record, the deny-list and the watermark. Used by introspection and by revocation
 * by token. Thread-safe.
 */
public final class TokenInspector {
    /** Longer input is not a token of ours, and is not worth hashing or parsing. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final ConfigStore config;
    private final TokenVerifier verifier;
    private final OpaqueTokenStore opaqueTokens;
    private final DenyList denyList;
    private final WatermarkStore watermarks;

    public TokenInspector(ConfigStore config, TokenVerifier verifier, OpaqueTokenStore opaqueTokens,
            DenyList denyList, WatermarkStore watermarks) {
        this.config = config;
        this.verifier = verifier;
        this.opaqueTokens = opaqueTokens;
        this.denyList = denyList;
        this.watermarks = watermarks;
    }

    /**
     * What is known about a presented token.
     *
     * @param recognised whether it is a token this mount issued (valid signature and issuer, or a stored
     *     opaque record); the other facts are only meaningful then
     * @param active whether it is recognised, unexpired, already valid and not revoked
     * @param reason why it is not active, for logs and warnings (never shown by introspection)
     * @param tokenHash the SHA-256 of an opaque token
     */
    public record Inspection(boolean recognised, boolean active, String reason, TokenFormat format, String role,
            String jti, long iat, long exp, Map<String, Object> claims, String tokenHash) {

        static Inspection unrecognised() {
            return new Inspection(false, false, "unknown", TokenFormat.JWT, "", "", 0, 0, Map.of(), "");
        }
    }

    public Inspection inspect(String token, Instant now) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Inspection.unrecognised();
        }
        return TokenIds.looksOpaque(token) ? inspectOpaque(token, now) : inspectJwt(token, now);
    }

    private Inspection inspectOpaque(String token, Instant now) {
        String hash = TokenIds.sha256Hex(token);
        Optional<OpaqueTokenRecord> found = opaqueTokens.get(hash);
        if (found.isEmpty()) {
            return Inspection.unrecognised();
        }
        OpaqueTokenRecord record = found.get();
        String reason = record.exp() <= now.getEpochSecond() ? "expired"
                : denyList.containsJti(record.jti(), now) ? "revoked"
                : watermarks.covers(record.role(), record.iat()) ? "revoked by the role watermark"
                : "";
        return new Inspection(true, reason.isEmpty(), reason, TokenFormat.OPAQUE, record.role(), record.jti(),
                record.iat(), record.exp(), record.currentClaims(), hash);
    }

    private Inspection inspectJwt(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Inspection.unrecognised();
        }
        Optional<Map<String, Object>> verified = verifier.verify(token);
        EngineConfig settings = config.readOrDefaults();
        if (verified.isEmpty() || settings.issuer().isEmpty()
                || !settings.issuer().equals(verified.get().get("iss"))) {
            return Inspection.unrecognised();
        }
        Map<String, Object> claims = normalise(verified.get());
        OptionalLong exp = UnixTime.parse(claims.get("exp"));
        OptionalLong iat = UnixTime.parse(claims.get("iat"));
        OptionalLong nbf = claims.containsKey("nbf") ? UnixTime.parse(claims.get("nbf")) : iat;
        if (exp.isEmpty() || iat.isEmpty() || nbf.isEmpty() || !(claims.get("jti") instanceof String jti)
                || !TokenIds.JTI.matcher(jti).matches()) {
            return Inspection.unrecognised();
        }
        String role = claims.get("client_id") instanceof String name ? name : "";
        long seconds = now.getEpochSecond();
        long skew = settings.allowedClockSkewSeconds();
        String reason = exp.getAsLong() <= seconds ? "expired"
                : nbf.getAsLong() > seconds + skew || iat.getAsLong() > seconds + skew ? "not yet valid"
                : denyList.contains(jti, exp.getAsLong()) || denyList.containsJti(jti, now) ? "revoked"
                : watermarks.covers(role, iat.getAsLong()) ? "revoked by the role watermark"
                : "";
        return new Inspection(true, reason.isEmpty(), reason, TokenFormat.JWT, role, jti, iat.getAsLong(),
                exp.getAsLong(), claims, "");
    }

    /** Claim values as plain JSON: times that a JOSE library handed over as dates become unix seconds. */
    private static Map<String, Object> normalise(Map<String, Object> claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        claims.forEach((name, value) -> out.put(name, value instanceof Date date
                ? UnixTime.parse(date).orElse(0) : value));
        return Collections.unmodifiableMap(out);
    }
}
