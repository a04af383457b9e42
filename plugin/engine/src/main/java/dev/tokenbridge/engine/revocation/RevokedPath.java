// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code revoked} (unauthenticated): the deny-list feed resource servers poll. */
public final class RevokedPath {
    private final DenyList denyList;
    private final WatermarkStore watermarks;
    private final ConfigStore config;
    private final Clock clock;

    public RevokedPath(DenyList denyList, WatermarkStore watermarks, ConfigStore config, Clock clock) {
        this.denyList = denyList;
        this.watermarks = watermarks;
        this.config = config;
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("revoked")
                .operation(Operation.READ, "Read the revoked tokens that have not expired yet.", this::read)
                .helpSynopsis("The deny-list feed for resource servers (no token needed).")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        Instant now = clock.instant();
        long maxAge = config.readOrDefaults().denyListMaxAgeSeconds();
        List<FeedEntry> revoked = denyList.live(now).stream()
                .map(entry -> new FeedEntry(entry.jti(), entry.exp()))
                .toList();
        Map<String, Long> revokedBefore = new LinkedHashMap<>();
        watermarks.all().forEach((role, watermark) -> revokedBefore.put(role, watermark.revokedBefore()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generation", generation(revoked, revokedBefore));
        out.put("max_age", maxAge);
        out.put("revoked", revoked);
        out.put("revoked_before", revokedBefore);
        // Raw, so that Vault sends Cache-Control: max-age; the body keeps the {"data": ...} envelope so
        // that `vault read <mount>/revoked` and HTTP clients see the same document.
        return RawResponse.json(Map.of("data", out), Duration.ofSeconds(maxAge));
    }

    /** A fingerprint of the content: equal feeds have equal generations, and any change changes it. */
    static String generation(List<FeedEntry> revoked, Map<String, Long> revokedBefore) {
        StringBuilder canonical = new StringBuilder();
        revoked.forEach(entry -> canonical.append(entry.jti()).append(' ').append(entry.exp()).append('\n'));
        canonical.append('\n');
        revokedBefore.forEach((role, time) -> canonical.append(role).append(' ').append(time).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One listed token, written as {@code {"jti": ..., "exp": ...}} in that order. */
    record FeedEntry(String jti, long exp) {}

    private static final String HELP_DESCRIPTION = """
            Lists tokens revoked before their expiry, as {jti, exp} pairs (only those whose exp is still \
            ahead), and each role's watermark in revoked_before: a token whose client_id is that role and \
            whose iat is before that unix time is revoked. Resource servers that verify JWTs offline poll \
            this feed and refuse listed tokens; cache it for max_age seconds (also sent as Cache-Control). \
            generation is a fingerprint of the content: equal feeds have equal generations. Reading it needs \
            no Vault token.
            """;
}
