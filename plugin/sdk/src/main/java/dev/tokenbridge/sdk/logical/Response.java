// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A backend's answer. Data is a JSON object; a response whose data holds only {@code error} is an
 * error response, which Vault turns into HTTP 400 with that message.
 *
 * @param data the response data (may be empty)
 * @param secret the leased secret, or null for a plain response
 * @param warnings warnings Vault shows the client
 * @param headers response headers (Vault forwards only those the mount allows)
 */
public record Response(Map<String, Object> data, Secret secret, List<String> warnings,
        Map<String, List<String>> headers) {

    public Response {
        data = Json.immutableCopy(data);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain response with data. */
    public static Response of(Map<String, ?> data) {
        return new Response(Json.immutableCopy(data), null, List.of(), Map.of());
    }

    /** A response that issues a leased secret along with the data the client sees. */
    public static Response withSecret(Map<String, ?> data, Secret secret) {
        return new Response(Json.immutableCopy(data), secret, List.of(), Map.of());
    }

    /** An error response: Vault answers HTTP 400 with {@code message} in {@code errors}. */
    public static Response error(String message) {
        return of(Map.of("error", message));
    }

    /** A list response in Vault's shape ({@code keys}); Vault answers 404 when the list is empty. */
    public static Response list(List<String> keys) {
        return of(Map.of("keys", List.copyOf(keys)));
    }

    /** This response with one more warning. */
    public Response withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new Response(data, secret, all, headers);
    }

    /** This response with these warnings added. */
    public Response withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Response(data, secret, all, headers);
    }

    /** This response with a header set. */
    public Response withHeader(String name, String value) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.put(name, List.of(value));
        return new Response(data, secret, warnings, all);
    }

    /** Whether Vault will treat this as an error response. */
    public boolean isError() {
        return data.containsKey("error") && (data.size() == 1 || (data.size() == 2 && data.containsKey("data")));
    }

    /** Keys and warnings only: values may be tokens or other secrets and are never printed. */
    @Override
    public String toString() {
        return "Response[keys=" + data.keySet() + ", secret=" + secret + ", warnings=" + warnings.size() + "]";
    }
}
