// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UnixTimeTest {
    private static final long T = 1_893_456_123L;

    @Test
    void timesSurviveEveryFormVaultOrAJoseLibraryMayHandBack() {
        assertEquals(OptionalLong.of(T), UnixTime.parse(T));
        assertEquals(OptionalLong.of(T), UnixTime.parse((double) T));
        assertEquals(OptionalLong.of(T), UnixTime.parse(new BigDecimal("1.893456123E9")));
        assertEquals(OptionalLong.of(T), UnixTime.parse(new BigDecimal("1893456123.0")));
        assertEquals(OptionalLong.of(T), UnixTime.parse("1893456123"));
        assertEquals(OptionalLong.of(T), UnixTime.parse("1.893456123e9"));
        assertEquals(OptionalLong.of(T), UnixTime.parse(new Date(T * 1000 + 999)));
        assertEquals(OptionalLong.of(T), UnixTime.parse(Instant.ofEpochSecond(T)));
    }

    @Test
    void implausibleValuesAreRefused() {
        assertEquals(OptionalLong.empty(), UnixTime.parse(null));
        assertEquals(OptionalLong.empty(), UnixTime.parse("soon"));
        assertEquals(OptionalLong.empty(), UnixTime.parse(-5));
        assertEquals(OptionalLong.empty(), UnixTime.parse(new BigDecimal("1e999999999")));
        assertEquals(OptionalLong.empty(), UnixTime.parse(Double.NaN));
        assertEquals(OptionalLong.empty(), UnixTime.parse(true));
    }
}
