// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a role or a request may put into a token. Registered claims and the role claim are set by the
 * engine alone; JOSE header names are refused as claim names too, so no claim can pose as a header.
 * Claims are bounded in size and depth.
 */
public final class ClaimRules {
    /** Claims only the engine sets. {@code client_id} carries the role name (RFC 9068). */
    public static final Set<String> RESERVED_CLAIMS =
            Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "scope", "client_id");
    /** JOSE header parameters, which neither a role nor a request may set. */
    public static final Set<String> RESERVED_HEADERS = Set.of("alg", "kid", "typ", "jku", "x5u", "jwk", "crit");

    public static final int MAX_CLAIMS_BYTES = 16 * 1024;
    public static final int MAX_CLAIM_NAME_LENGTH = 256;
    public static final int MAX_CLAIM_NAMES = 64;
    private static final int MAX_STRING_LENGTH = 4096;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_NUMBER_DIGITS = 40;

    private ClaimRules() {}

    /**
     * A claim name a role or request may set.
     *
     * @throws BadRequestException naming {@code field} for a reserved or malformed name
     */
    public static String checkName(String field, String name) {
        Inputs.identifier(field, name, MAX_CLAIM_NAME_LENGTH);
        if (RESERVED_CLAIMS.contains(name)) {
            throw new BadRequestException(field + ": " + Inputs.quote(name) + " is a reserved claim set by the engine"
                    + " (reserved: " + String.join(" ", sorted(RESERVED_CLAIMS)) + ")");
        }
        if (RESERVED_HEADERS.contains(name)) {
            throw new BadRequestException(field + ": " + Inputs.quote(name) + " is a reserved JOSE header name"
                    + " (reserved: " + String.join(" ", sorted(RESERVED_HEADERS)) + ")");
        }
        return name;
    }

    /**
     * A claims object: allowed top-level names, JSON values of bounded depth, string length and total size.
     *
     * @throws BadRequestException naming {@code field} otherwise
     */
    public static Map<String, Object> checkObject(String field, Map<String, Object> claims) {
        if (claims.size() > MAX_CLAIM_NAMES) {
            throw new BadRequestException(field + ": expected at most " + MAX_CLAIM_NAMES + " claims, got "
                    + claims.size());
        }
        int size = Json.write(claims).getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_CLAIMS_BYTES) {
            throw new BadRequestException(field + ": expected at most " + MAX_CLAIMS_BYTES + " bytes of JSON, got "
                    + size);
        }
        for (Map.Entry<String, Object> claim : claims.entrySet()) {
            checkName(field, claim.getKey());
            checkValue(field + "." + claim.getKey(), claim.getValue(), 1);
        }
        return claims;
    }

    /**
     * Claims a caller sets at issue time: only names the role allows, and the same value rules as roles.
     */
    public static Map<String, Object> checkRequested(String field, Map<String, Object> claims, List<String> allowed) {
        for (String name : claims.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequestException(field + ": the role does not allow the claim " + Inputs.quote(name)
                        + (allowed.isEmpty() ? " (it allows no request claims)"
                                : " (allowed_request_claims: " + String.join(", ", allowed) + ")"));
            }
        }
        return checkObject(field, claims);
    }

    private static void checkValue(String where, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new BadRequestException(where + ": expected claims nested at most " + MAX_DEPTH + " levels deep");
        }
        if (value == null || value instanceof Boolean) {
            return;
        }
        if (value instanceof String text) {
            Inputs.text(where, text, MAX_STRING_LENGTH);
        } else if (value instanceof BigDecimal number) {
            if (number.precision() > MAX_NUMBER_DIGITS || Math.abs((long) number.precision() - number.scale()) > 400) {
                throw new BadRequestException(where + ": expected a number of ordinary size");
            }
        } else if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new BadRequestException(where + ": expected a finite number");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> member : map.entrySet()) {
                String key = String.valueOf(member.getKey());
                Inputs.identifier(where, key, MAX_CLAIM_NAME_LENGTH);
                checkValue(where + "." + key, member.getValue(), depth + 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkValue(where + "[" + i + "]", list.get(i), depth + 1);
            }
        } else {
            throw new BadRequestException(where + ": expected a JSON value");
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
