// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field type read from form strings and JSON values, good and bad. */
class FieldCoercionTest {
    static final Field<String> STRING = Field.string("s").description("d").build();
    static final Field<String> LOWER = Field.lowercaseString("lc").description("d").build();
    static final Field<String> NAME = Field.nameString("nm").description("d").build();
    static final Field<Long> INTEGER = Field.integer("n").description("d").build();
    static final Field<Boolean> BOOL = Field.bool("b").description("d").build();
    static final Field<Duration> TTL = Field.duration("ttl").description("d").build();
    static final Field<Duration> OFFSET = Field.duration("offset").description("d").allowNegative().build();
    static final Field<List<String>> LIST = Field.stringList("l").description("d").build();
    static final Field<Map<String, String>> MAP = Field.map("m").description("d").build();
    static final Field<Map<String, Object>> OBJECT = Field.jsonObject("o").description("d").build();
    static final Field<Instant> TIME = Field.time("t").description("d").build();

    private static BigDecimal num(String text) {
        return new BigDecimal(text);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(STRING, "abc", "abc"),
                arguments(STRING, "", ""),
                arguments(STRING, num("12"), "12"),
                arguments(STRING, true, "true"),
                arguments(LOWER, "MiXeD", "mixed"),
                arguments(NAME, "my-role.1", "my-role.1"),
                arguments(NAME, "a", "a"),
                arguments(INTEGER, "42", 42L),
                arguments(INTEGER, "-7", -7L),
                arguments(INTEGER, "", 0L),
                arguments(INTEGER, "9223372036854775807", Long.MAX_VALUE),
                arguments(INTEGER, num("42"), 42L),
                arguments(INTEGER, num("42.0"), 42L),
                arguments(INTEGER, num("4.2E+1"), 42L),
                arguments(BOOL, "true", true),
                arguments(BOOL, "True", true),
                arguments(BOOL, "TRUE", true),
                arguments(BOOL, "t", true),
                arguments(BOOL, "1", true),
                arguments(BOOL, "false", false),
                arguments(BOOL, "F", false),
                arguments(BOOL, "0", false),
                arguments(BOOL, "", false),
                arguments(BOOL, true, true),
                arguments(BOOL, num("1"), true),
                arguments(BOOL, num("0"), false),
                arguments(TTL, "30", Duration.ofSeconds(30)),
                arguments(TTL, "+5", Duration.ofSeconds(5)),
                arguments(TTL, "90s", Duration.ofSeconds(90)),
                arguments(TTL, "1h30m", Duration.ofMinutes(90)),
                arguments(TTL, "1.5h", Duration.ofMinutes(90)),
                arguments(TTL, "1h0.5m", Duration.ofSeconds(3630)),
                arguments(TTL, "7d", Duration.ofDays(7)),
                arguments(TTL, "1.5s", Duration.ofSeconds(1)),
                arguments(TTL, "500ms", Duration.ZERO),
                arguments(TTL, "0", Duration.ZERO),
                arguments(TTL, "", Duration.ZERO),
                arguments(TTL, num("3600"), Duration.ofHours(1)),
                arguments(OFFSET, "-5m", Duration.ofMinutes(-5)),
                arguments(OFFSET, "-1.5s", Duration.ofSeconds(-1)),
                arguments(OFFSET, num("-30"), Duration.ofSeconds(-30)),
                arguments(LIST, "a,b", List.of("a", "b")),
                arguments(LIST, " a , b ,,", List.of("a", "b")),
                arguments(LIST, "", List.of()),
                arguments(LIST, List.of("x", "y"), List.of("x", "y")),
                arguments(LIST, List.of(num("1"), "y"), List.of("1", "y")),
                arguments(LIST, num("5"), List.of("5")),
                arguments(MAP, Map.of("k", "v"), Map.of("k", "v")),
                arguments(MAP, Map.of("n", num("1")), Map.of("n", "1")),
                arguments(MAP, "{\"k\": \"v\"}", Map.of("k", "v")),
                arguments(MAP, "k=v", Map.of("k", "v")),
                arguments(MAP, List.of("a=1", "b=2=3"), Map.of("a", "1", "b", "2=3")),
                arguments(MAP, "", Map.of()),
                arguments(OBJECT, Map.of("a", num("1")), Map.of("a", num("1"))),
                arguments(OBJECT, "{\"a\": [1, \"x\"]}", Map.of("a", List.of(num("1"), "x"))),
                arguments(OBJECT, "", Map.of()),
                arguments(TIME, "2024-01-02T15:04:05Z", Instant.parse("2024-01-02T15:04:05Z")),
                arguments(TIME, "2024-01-02T15:04:05.5+02:00", Instant.parse("2024-01-02T13:04:05.5Z")),
                arguments(TIME, "1700000000", Instant.ofEpochSecond(1_700_000_000)),
                arguments(TIME, num("1700000000"), Instant.ofEpochSecond(1_700_000_000)));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("accepted")
    void aFieldReadsEveryFormVaultUsersSend(Field<?> field, Object raw, Object expected) {
        assertEquals(expected, field.coerce(raw));
    }

    static Stream<Arguments> rejected() {
        String duration = "ttl: expected a duration such as \"30m\" or a number of seconds, got ";
        String tooLong = "ttl: expected a duration of at most 9223372036 seconds, got ";
        String list = "l: expected a list of strings or a comma-separated string, got ";
        String map = "m: expected an object of strings, a JSON object string or \"key=value\" items, got ";
        String time = "t: expected an RFC 3339 time such as \"2024-01-02T15:04:05Z\" or unix seconds, got ";
        return Stream.of(
                arguments(STRING, List.of("a"), "s: expected a string, got an array"),
                arguments(STRING, Map.of(), "s: expected a string, got an object"),
                arguments(NAME, "-bad", "nm: expected a name of letters, digits, \"_\", \".\" and \"-\" that starts"
                        + " and ends with a letter, digit or \"_\", got \"-bad\""),
                arguments(INTEGER, "abc", "n: expected a whole number, got \"abc\""),
                arguments(INTEGER, "1.5", "n: expected a whole number, got \"1.5\""),
                arguments(INTEGER, "99999999999999999999", "n: expected a whole number, got \"99999999999999999999\""),
                arguments(INTEGER, num("1.5"), "n: expected a whole number, got 1.5"),
                arguments(INTEGER, num("1E+30"), "n: expected a whole number, got 1E+30"),
                arguments(INTEGER, num("1E-999999999"), "n: expected a whole number, got 1E-999999999"),
                arguments(INTEGER, true, "n: expected a whole number, got true"),
                arguments(BOOL, "yes", "b: expected a boolean (true, false, 1 or 0), got \"yes\""),
                arguments(BOOL, num("2"), "b: expected a boolean (true, false, 1 or 0), got 2"),
                arguments(BOOL, List.of(), "b: expected a boolean (true, false, 1 or 0), got an array"),
                arguments(TTL, "abc", duration + "\"abc\""),
                arguments(TTL, "10y", duration + "\"10y\""),
                arguments(TTL, "1h 30m", duration + "\"1h 30m\""),
                arguments(TTL, ".s", duration + "\".s\""),
                arguments(TTL, num("1.5"), duration + "1.5"),
                arguments(TTL, true, duration + "true"),
                arguments(TTL, "-5s", "ttl: expected a duration that is not negative, got \"-5s\""),
                arguments(TTL, "-30", "ttl: expected a duration that is not negative, got \"-30\""),
                arguments(TTL, num("-1"), "ttl: expected a duration that is not negative, got -1"),
                arguments(TTL, "9999999999999999999", tooLong + "\"9999999999999999999\""),
                arguments(TTL, "300000000000", tooLong + "\"300000000000\""),
                arguments(TTL, "2562048h", tooLong + "\"2562048h\""),
                arguments(TTL, "999999999999d", tooLong + "\"999999999999d\""),
                arguments(TTL, num("300000000000"), tooLong + "300000000000"),
                arguments(LIST, Map.of(), list + "an object"),
                arguments(LIST, List.of(List.of()), list + "an array"),
                arguments(LIST, true, list + "true"),
                arguments(MAP, "novalue", map + "\"novalue\""),
                arguments(MAP, List.of("=v"), map + "an array"),
                arguments(MAP, "{bad json", map + "\"{bad json\""),
                arguments(MAP, Map.of("k", List.of()), map + "an object"),
                arguments(MAP, num("1"), map + "1"),
                arguments(OBJECT, "[1,2]", "o: expected a JSON object, got \"[1,2]\""),
                arguments(OBJECT, "{bad", "o: expected a JSON object, got \"{bad\""),
                arguments(OBJECT, num("1"), "o: expected a JSON object, got 1"),
                arguments(TIME, "yesterday", time + "\"yesterday\""),
                arguments(TIME, "", time + "\"\""),
                arguments(TIME, true, time + "true"));
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("rejected")
    void aValueOfTheWrongShapeIsABadRequestNamingTheFieldAndTheExpectedForm(Field<?> field, Object raw,
            String message) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> field.coerce(raw));
        assertEquals(message, e.getMessage());
    }
}
