// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw HTTP responses: Vault writes {@code http_raw_body} as the body itself, without its
 * {@code {"data": ...}} envelope, and only raw responses can carry a {@code Cache-Control} other than
 * {@code no-store}, which is what JWKS, discovery and feed clients need.
 *
 * <p>NOTE: Vault's {@code respondRaw} (http/logical.go) base64-decodes a string body (a plugin's
 * {@code []byte} arrives as base64 text through JSON), reads {@code http_status_code} as a number and
 * sets {@code Cache-Control} from {@code http_raw_cache_control}. It ignores {@code Response.headers}
 * for raw responses and overwrites {@code Cache-Control} with {@code no-store} on ordinary ones
 * (measured against Vault 1.21), so the field is the only way to make a response cacheable.
 */
public final class RawResponse {
    static final String CONTENT_TYPE = "http_content_type";
    static final String BODY = "http_raw_body";
    static final String STATUS = "http_status_code";
    static final String CACHE_CONTROL = "http_raw_cache_control";

    private RawResponse() {}

    /** A 200 response whose body is {@code body} written as JSON, cacheable for {@code maxAge}. */
    public static Response json(Object body, Duration maxAge) {
        Response response = text("application/json", Json.write(body));
        Map<String, Object> data = new LinkedHashMap<>(response.data());
        data.put(CACHE_CONTROL, "max-age=" + maxAge.toSeconds());
        return Response.of(data);
    }

    /** A 200 response whose body is {@code body} as UTF-8, of {@code contentType}, not cacheable. */
    public static Response text(String contentType, String body) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CONTENT_TYPE, contentType);
        data.put(BODY, Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        data.put(STATUS, 200);
        return Response.of(data);
    }

    /** The body a raw response carries, as text (what Vault will send); {@code ""} if it is not raw. */
    public static String body(Response response) {
        Object body = response.data().get(BODY);
        return body instanceof String text ? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8) : "";
    }
}
