// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coercions of single values, following Vault's Go framework (mapstructure's weak decoding and
 * {@code parseutil}): forms deliver strings, JSON bodies deliver {@link BigDecimal} numbers. Stateless.
 */
final class ScalarCoercions {
    static final String EXPECTED_STRING = "a string";
    static final String EXPECTED_INTEGER = "a whole number";
    static final String EXPECTED_BOOL = "a boolean (true, false, 1 or 0)";
    static final String EXPECTED_DURATION = "a duration such as \"30m\" or a number of seconds";
    static final String EXPECTED_NON_NEGATIVE_DURATION = "a duration that is not negative";
    static final String EXPECTED_SHORTER_DURATION = "a duration of at most " + GoDuration.MAX_SECONDS + " seconds";
    static final String EXPECTED_TIME = "an RFC 3339 time such as \"2024-01-02T15:04:05Z\" or unix seconds";
    static final String EXPECTED_NAME =
            "a name of letters, digits, \"_\", \".\" and \"-\" that starts and ends with a letter, digit or \"_\"";

    // Go's strconv.ParseBool.
    private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
    private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");
    private static final Pattern NAME = Pattern.compile(FieldType.NAME_PATTERN);
    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

    private ScalarCoercions() {}

    static String string(Object raw, Field<String> field) {
        String text = weakString(raw);
        if (text == null) {
            throw FieldErrors.invalid(field, EXPECTED_STRING, raw);
        }
        return text;
    }

    static String lowercaseString(Object raw, Field<String> field) {
        return string(raw, field).toLowerCase(Locale.ROOT);
    }

    static String nameString(Object raw, Field<String> field) {
        String text = weakString(raw);
        if (text == null || !NAME.matcher(text).matches()) {
            throw FieldErrors.invalid(field, EXPECTED_NAME, raw);
        }
        return text;
    }

    static Long integer(Object raw, Field<Long> field) {
        if (raw instanceof String text) {
            if (text.isEmpty()) {
                return 0L;
            }
            if (INTEGER_TEXT.matcher(text).matches()) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException tooLarge) {
                    // reported below
                }
            }
            throw FieldErrors.invalid(field, EXPECTED_INTEGER, raw);
        }
        Long value = wholeNumber(raw);
        if (value == null) {
            throw FieldErrors.invalid(field, EXPECTED_INTEGER, raw);
        }
        return value;
    }

    static Boolean bool(Object raw, Field<Boolean> field) {
        if (raw instanceof Boolean value) {
            return value;
        }
        if (raw instanceof String text) {
            if (text.isEmpty() || FALSE.contains(text)) {
                return false;
            }
            if (TRUE.contains(text)) {
                return true;
            }
        }
        Long number = raw instanceof Number ? wholeNumber(raw) : null;
        if (number != null && (number == 0 || number == 1)) {
            return number == 1;
        }
        throw FieldErrors.invalid(field, EXPECTED_BOOL, raw);
    }

    static Duration duration(Object raw, Field<Duration> field) {
        Duration value;
        try {
            if (raw instanceof String text) {
                value = GoDuration.parseDurationSecond(text);
            } else {
                Long seconds = raw instanceof Number ? wholeNumber(raw) : null;
                if (seconds == null) {
                    throw FieldErrors.invalid(field, EXPECTED_DURATION, raw);
                }
                value = GoDuration.ofSeconds(seconds);
            }
        } catch (IllegalArgumentException e) {
            boolean overflow = e.getMessage() != null && e.getMessage().contains("overflow");
            throw FieldErrors.invalid(field, overflow ? EXPECTED_SHORTER_DURATION : EXPECTED_DURATION, raw);
        }
        // NOTE: Vault's duration fields hold whole seconds; like Go's int(d.Seconds()) we truncate.
        value = Duration.ofSeconds(value.getSeconds() + (value.isNegative() && value.getNano() > 0 ? 1 : 0));
        if (value.isNegative() && !field.allowsNegative()) {
            throw FieldErrors.invalid(field, EXPECTED_NON_NEGATIVE_DURATION, raw);
        }
        return value;
    }

    static Instant time(Object raw, Field<Instant> field) {
        if (raw instanceof String text) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc3339) {
                if (INTEGER_TEXT.matcher(text).matches()) {
                    return epochSeconds(parseOrNull(text), raw, field);
                }
            }
            throw FieldErrors.invalid(field, EXPECTED_TIME, raw);
        }
        return epochSeconds(raw instanceof Number ? wholeNumber(raw) : null, raw, field);
    }

    private static Instant epochSeconds(Long seconds, Object raw, Field<Instant> field) {
        if (seconds == null || Math.abs(seconds) > Instant.MAX.getEpochSecond()) {
            throw FieldErrors.invalid(field, EXPECTED_TIME, raw);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static Long parseOrNull(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Go's weak decoding to a string: strings, numbers (their text) and booleans; null for anything else. */
    static String weakString(Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        if (raw instanceof BigDecimal number) {
            return number.toString();
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        return null;
    }

    /** The value as a long if it is a whole number that fits; null otherwise. */
    static Long wholeNumber(Object raw) {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger big) {
            return big.bitLength() < 64 ? big.longValue() : null;
        }
        if (raw instanceof BigDecimal decimal) {
            if (decimal.signum() == 0) {
                return 0L;
            }
            // NOTE: cheap shape checks first, so that "1e-999999999" cannot make us do huge arithmetic.
            BigDecimal stripped = decimal.stripTrailingZeros();
            if (stripped.scale() > 0 || (long) stripped.precision() - stripped.scale() > 19) {
                return null;
            }
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            boolean whole = Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p63;
            return whole ? (long) d : null;
        }
        return null;
    }
}
