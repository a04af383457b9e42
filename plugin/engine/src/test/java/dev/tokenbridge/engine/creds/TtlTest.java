// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.BadRequestException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TtlTest {
    private static final Duration Z = Duration.ZERO;

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    /** requested, role ttl, role max, mount default, mount max → ttl, max ttl, warnings. */
    static Stream<Arguments> resolutions() {
        return Stream.of(
                Arguments.of("role ttl when nothing is requested", Z, s(600), s(3600), s(86400), s(172800), s(600), s(3600), 0),
                Arguments.of("mount default when the role has no ttl", Z, Z, Z, s(1800), s(7200), s(1800), s(7200), 0),
                Arguments.of("requested ttl within the role max", s(120), s(600), s(3600), s(86400), s(172800), s(120), s(3600), 0),
                Arguments.of("requested ttl equal to the role max", s(3600), s(600), s(3600), s(86400), s(172800), s(3600), s(3600), 0),
                Arguments.of("requested ttl within the mount max when the role has no max", s(5000), Z, Z, s(60), s(7200), s(5000), s(7200), 0),
                Arguments.of("role ttl above a mount max tuned down later is clamped", Z, s(7200), s(7200), s(60), s(3600), s(3600), s(3600), 1),
                Arguments.of("mount default above the role max is clamped", Z, Z, s(600), s(3600), s(7200), s(600), s(600), 1),
                Arguments.of("requested ttl above a mount max tuned down later is clamped", s(5000), s(60), s(7200), s(60), s(3600), s(3600), s(3600), 1),
                Arguments.of("mount default above both maxima is clamped twice", Z, Z, s(7200), s(86400), s(3600), s(3600), s(3600), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolutions")
    void resolvesTheTtlAndWarnsAboutEveryCap(String name, Duration requested, Duration roleTtl, Duration roleMax,
            Duration mountDefault, Duration mountMax, Duration ttl, Duration maxTtl, int warnings) {
        Ttl.Resolution resolution = Ttl.resolve(requested, roleTtl, roleMax, mountDefault, mountMax);

        assertEquals(ttl, resolution.ttl());
        assertEquals(maxTtl, resolution.maxTtl());
        assertEquals(warnings, resolution.warnings().size(), resolution.warnings().toString());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("below the 30s floor", s(29), s(600), s(3600), "ttl: expected at least 30s"),
                Arguments.of("above the role max", s(3601), s(600), s(3600), "ttl: expected at most the role's max_ttl (3600s)"),
                Arguments.of("above the mount max without a role max", s(172801), s(600), Z,
                        "ttl: expected at most the mount's max lease TTL (172800s)"));
    }

    @ParameterizedTest(name = "a requested ttl {0} is refused naming ttl")
    @MethodSource("refusals")
    void aRequestedTtlOutsideTheRoleLimitsIsABadRequest(String name, Duration requested, Duration roleTtl,
            Duration roleMax, String message) {
        var error = assertThrows(BadRequestException.class,
                () -> Ttl.resolve(requested, roleTtl, roleMax, s(86400), s(172800)));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }
}
