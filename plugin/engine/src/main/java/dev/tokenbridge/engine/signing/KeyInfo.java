// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public facts about one published signing key at a moment; nothing here is secret. Times are unix
 * seconds; {@code deactivatesAt} and {@code publishedUntil} are null while no successor is scheduled.
 *
 * @param kid the key id (as in the JWT header and the JWKS)
 * @param algorithm the algorithm it signs with
 * @param state next, active or retiring
 * @param createdAt when it was generated and first published
 * @param activatesAt when it starts (or started) signing
 * @param deactivatesAt when it stops (or stopped) signing
 * @param publishedUntil when it leaves the JWKS, as far as known now
 * @param maxTtlSeconds the longest token lifetime it signed, which extends its publication
 */
public record KeyInfo(String kid, Algorithm algorithm, KeyState state, long createdAt, long activatesAt,
        Long deactivatesAt, Long publishedUntil, long maxTtlSeconds) {

    /** The API shape: snake_case names, RFC 3339 times, null where not yet known. */
    public Map<String, Object> toResponseData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kid", kid);
        data.put("algorithm", algorithm.name());
        data.put("state", state.apiName());
        data.put("created", time(createdAt));
        data.put("activates_at", time(activatesAt));
        data.put("deactivates_at", deactivatesAt == null ? null : time(deactivatesAt));
        data.put("published_until", publishedUntil == null ? null : time(publishedUntil));
        data.put("max_token_ttl", maxTtlSeconds);
        return data;
    }

    private static String time(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }
}
