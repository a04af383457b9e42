// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;

/**
 * Reads unix times (seconds) from JSON values robustly. Lease internal data comes back from Vault after
 * a float64 round trip, so {@code 1735689600} may return as {@code 1.7356896E9}; claim sets from a JOSE
 * library may hold dates. Stateless.
 */
public final class UnixTime {
    /** Far beyond any token's life, and well inside what a double holds exactly. */
    private static final long MAX = 1L << 40;

    private UnixTime() {}

    /** The value as whole unix seconds (a fraction is dropped), or empty if it is not a plausible time. */
    public static OptionalLong parse(Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return OptionalLong.empty();
            }
            number = BigDecimal.valueOf(d);
        } else if (value instanceof Number other) {
            number = parseText(other.toString());
        } else if (value instanceof String text) {
            number = parseText(text.strip());
        } else if (value instanceof Date date) {
            return OptionalLong.of(Math.floorDiv(date.getTime(), 1000L));
        } else if (value instanceof Instant instant) {
            return OptionalLong.of(instant.getEpochSecond());
        } else {
            return OptionalLong.empty();
        }
        if (number == null || number.signum() < 0) {
            return OptionalLong.empty();
        }
        // NOTE: check the shape before any arithmetic, so that "1e999999999" costs nothing.
        if ((long) number.precision() - number.scale() > 15) {
            return OptionalLong.empty();
        }
        long seconds = number.longValue();
        return seconds > MAX ? OptionalLong.empty() : OptionalLong.of(seconds);
    }

    private static BigDecimal parseText(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
