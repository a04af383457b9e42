// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Operation;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input to the paths of this package family is a 400 whose message starts with the field's name. */
class BadInputTest {
    private static final String LONG = "x".repeat(5000);

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // roles/<name>
                bad("roles/app", Map.of("ttl", "abc"), "ttl:"),
                bad("roles/app", Map.of("ttl", List.of("1h")), "ttl:"),
                bad("roles/app", Map.of("ttl", -30), "ttl:"),
                bad("roles/app", Map.of("ttl", "10s"), "ttl:"),
                bad("roles/app", Map.of("ttl", "800h"), "ttl:"),
                bad("roles/app", Map.of("max_ttl", "1e9h"), "max_ttl:"),
                bad("roles/app", Map.of("token_format", true), "token_format:"),
                bad("roles/app", Map.of("algorithm", "none"), "algorithm:"),
                bad("roles/app", Map.of("audience", Map.of("a", "b")), "audience:"),
                bad("roles/app", Map.of("audience", List.of("a b")), "audience:"),
                bad("roles/app", Map.of("audience", List.of("x".repeat(513))), "audience:"),
                bad("roles/app", Map.of("subject", ""), "subject:"),
                bad("roles/app", Map.of("subject", LONG), "subject:"),
                bad("roles/app", Map.of("subject", "a\u0007b"), "subject:"),
                bad("roles/app", Map.of("subject", "\ud800"), "subject:"),
                bad("roles/app", Map.of("subject", "{{identity.entity.metadata}}"), "subject:"),
                bad("roles/app", Map.of("claims", "not json"), "claims:"),
                bad("roles/app", Map.of("claims", "[1,2]"), "claims:"),
                bad("roles/app", Map.of("claims", Map.of("", "x")), "claims:"),
                bad("roles/app", Map.of("claims", Map.of("aud", "x")), "claims:"),
                bad("roles/app", Map.of("claims", Map.of("x", LONG)), "claims.x:"),
                bad("roles/app", Map.of("scopes", IntStream.range(0, 65).mapToObj(i -> "s" + i).toList()), "scopes:"),
                bad("roles/app", Map.of("allowed_request_claims", List.of("jti")), "allowed_request_claims:"),
                bad("roles/app", Map.of("typ", "at+JWT"), "typ:"),
                bad("roles/app", Map.of("ttl", "1h", "unknown", 1), "unknown fields: unknown"),
                bad("roles/a..b", Map.of(), "name:"),
                bad("roles/\u0430pp", Map.of(), "name:"),
                // creds/<name>
                bad("creds/ghost", Map.of(), "name: role \"ghost\""),
                bad("creds/a..b", Map.of(), "name:"),
                bad("creds/app", Map.of("ttl", "forever"), "ttl:"),
                bad("creds/app", Map.of("ttl", "5s"), "ttl:"),
                bad("creds/app", Map.of("ttl", "2h"), "ttl:"),
                bad("creds/app", Map.of("audience", "other"), "audience:"),
                bad("creds/app", Map.of("claims", Map.of("tenant", LONG)), "claims.tenant:"),
                bad("creds/app", Map.of("claims", Map.of("admin", true)), "claims:"),
                bad("creds/app", Map.of("claims", 42), "claims:"),
                bad("creds/app", Map.of("sub", "root"), "unknown fields: sub"),
                // revoke, introspect, watermark, stats
                bad("revoke", Map.of("jti", "a/b"), "jti:"),
                bad("revoke", Map.of("jti", "x".repeat(129)), "jti:"),
                bad("revoke", Map.of("jti", "abc", "exp", "yesterday-ish"), "exp:"),
                bad("revoke", Map.of("token", List.of("a")), "token:"),
                bad("introspect", Map.of("token", Map.of()), "token:"),
                bad("introspect", Map.of("token", "x", "extra", 1), "unknown fields: extra"),
                bad("roles/app/revoke-issued-before", Map.of("time", "noon"), "time:"),
                bad("roles/app/revoke-issued-before", Map.of("time", "2999-01-01T00:00:00Z"), "time:"));
    }

    private static Arguments bad(String path, Map<String, Object> data, String messageStart) {
        return Arguments.of(path, data, messageStart);
    }

    @ParameterizedTest(name = "{0} {1} -> 400 {2}")
    @MethodSource("badInputs")
    void aBadInputIsA400NamingTheField(String path, Map<String, Object> data, String messageStart) {
        Engine engine = new Engine().configured()
                .role("app", Map.of("ttl", "1h", "max_ttl", "1h", "audience", "api", "allowed_request_claims", "tenant"));

        var error = assertThrows(BadRequestException.class, () -> engine.call(Operation.UPDATE, path, data));

        assertTrue(error.getMessage().startsWith(messageStart), error.getMessage());
        assertTrue(error.getMessage().length() < 600, error.getMessage());
        assertTrue(!error.getMessage().contains(LONG), "the message echoes a whole oversized value");
    }
}
