// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {
    @ParameterizedTest(name = "{0} is {1} ns")
    @CsvSource({
        "0, 0", "1ns, 1", "1us, 1000", "1\u00b5s, 1000", "1\u03bcs, 1000", "1ms, 1000000", "1s, 1000000000",
        "1m, 60000000000", "1h, 3600000000000", "1h30m, 5400000000000", "1.5h, 5400000000000",
        ".5s, 500000000", "1.s, 1000000000", "-1m, -60000000000", "+2s, 2000000000", "1h1m1s1ms, 3661001000000",
        "2562047h, 9223369200000000000"
    })
    void goDurationTextParsesLikeGo(String text, long nanos) {
        assertEquals(nanos, GoDuration.parseNanos(text));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"", "-", "s", "1", "1d", "1 h", "1hh", "h1", "1.h.", "2562048h", "9223372036854775808ns"})
    void textGoRejectsIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parseNanos(text));
    }

    @ParameterizedTest(name = "{0} formats as {1}")
    @CsvSource({"0, 0s", "45, 45s", "90, 1m30s", "5400, 1h30m", "86400, 24h", "3601, 1h1s", "-60, -1m"})
    void durationsFormatCompactly(long seconds, String text) {
        assertEquals(text, GoDuration.format(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest(name = "{0} formats as 1.5s")
    @ValueSource(longs = {1_500_000_000L})
    void fractionsOfASecondFormatAsDecimalSeconds(long nanos) {
        assertEquals("1.5s", GoDuration.format(Duration.ofNanos(nanos)));
    }
}
