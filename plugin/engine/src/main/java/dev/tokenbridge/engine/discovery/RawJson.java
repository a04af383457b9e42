// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.discovery;

import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds raw HTTP responses: Vault writes {@code http_raw_body} as the body itself, without its
 * {@code {"data": ...}} envelope, which is what JWKS and discovery clients expect.
 *
 * <p>NOTE: Vault's {@code respondRaw} (http/logical.go) base64-decodes a string body (a plugin's
 * {@code []byte} arrives as base64 text through JSON), reads {@code http_status_code} as a number, and
 * sets {@code Cache-Control} from {@code http_raw_cache_control}; it ignores {@code Response.headers}
 * for raw responses, which get the header too in case that changes.
 */
final class RawJson {
    static final String CONTENT_TYPE = "http_content_type";
    static final String BODY = "http_raw_body";
    static final String STATUS = "http_status_code";
    static final String CACHE_CONTROL = "http_raw_cache_control";

    private RawJson() {}

    /** A 200 response whose body is {@code body} as JSON, cacheable for {@code maxAge}. */
    static Response ok(Object body, Duration maxAge) {
        String cacheControl = "max-age=" + maxAge.toSeconds();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CONTENT_TYPE, "application/json");
        data.put(BODY, Base64.getEncoder().encodeToString(Json.write(body).getBytes(StandardCharsets.UTF_8)));
        data.put(STATUS, 200);
        data.put(CACHE_CONTROL, cacheControl);
        return Response.of(data).withHeader("Cache-Control", cacheControl);
    }
}
