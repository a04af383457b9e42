// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.time.Duration;
import java.util.Map;

/**
 * Go's duration text ({@code time.ParseDuration}) and Vault's duration fields
 * ({@code parseutil.ParseDurationSecond}): a bare integer is seconds, {@code 7d} is days, anything else
 * is Go duration text such as {@code 1h30m} or {@code 1.5h}. Like Vault's wire format, durations are
 * limited to what a signed 64-bit count of nanoseconds holds (about 292 years). Stateless.
 */
final class GoDuration {
    private static final long SECOND = 1_000_000_000L;
    /** The largest number of whole seconds a Go duration can hold. */
    static final long MAX_SECONDS = Long.MAX_VALUE / SECOND;

    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "\u00b5s", 1_000L,
            "\u03bcs", 1_000L,
            "ms", 1_000_000L,
            "s", SECOND,
            "m", 60 * SECOND,
            "h", 3600 * SECOND);

    private GoDuration() {}

    /**
     * Parses a duration field's text the way Vault does.
     *
     * @throws IllegalArgumentException if the text is not a duration or does not fit
     */
    static Duration parseDurationSecond(String text) {
        if (text.isEmpty()) {
            return Duration.ZERO;
        }
        if (text.matches("[+-]?[0-9]+")) {
            return ofSeconds(parseLong(text));
        }
        if (text.endsWith("d") && text.length() > 1 && text.substring(0, text.length() - 1).matches("[+-]?[0-9]+")) {
            long days = parseLong(text.substring(0, text.length() - 1));
            if (Math.abs(days) > MAX_SECONDS / 86_400) {
                throw new IllegalArgumentException("duration overflows");
            }
            return ofSeconds(days * 86_400);
        }
        return Duration.ofNanos(parseNanos(text));
    }

    /**
     * A whole number of seconds as a duration.
     *
     * @throws IllegalArgumentException if it does not fit in a Go duration
     */
    static Duration ofSeconds(long seconds) {
        if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
            throw new IllegalArgumentException("duration overflows");
        }
        return Duration.ofSeconds(seconds);
    }

    /** Go's {@code time.ParseDuration}: {@code [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+}, or {@code 0}. */
    static long parseNanos(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration");
        }
        long total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            String whole = s.substring(start, i);
            String fraction = "";
            if (i < s.length() && s.charAt(i) == '.') {
                int fractionStart = ++i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                fraction = s.substring(fractionStart, i);
            }
            if (whole.isEmpty() && fraction.isEmpty()) {
                throw new IllegalArgumentException("invalid duration");
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            Long unit = UNITS.get(s.substring(unitStart, i));
            if (unit == null) {
                throw new IllegalArgumentException("missing or unknown unit in duration");
            }
            total = Math.addExact(total, component(whole, fraction, unit));
        }
        return negative ? -total : total;
    }

    private static long component(String whole, String fraction, long unit) {
        try {
            long value = Math.multiplyExact(whole.isEmpty() ? 0 : parseLong(whole), unit);
            if (!fraction.isEmpty()) {
                // NOTE: like Go, the fraction is scaled in floating point; only the whole part is exact.
                double scaled = Double.parseDouble("0." + fraction) * unit;
                value = Math.addExact(value, (long) scaled);
            }
            return value;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration overflows");
        }
    }

    private static long parseLong(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("duration overflows");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Compact Go-style text: {@code 1h30m}, {@code 45s}, {@code 0s}, {@code 1.5s}. */
    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        int seconds = duration.toSecondsPart();
        int nanos = duration.toNanosPart();
        if (nanos > 0) {
            String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
            text.append(seconds).append('.').append(fraction).append('s');
        } else if (seconds > 0) {
            text.append(seconds).append('s');
        }
        return text.toString();
    }
}
