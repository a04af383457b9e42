// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.LeaseOptions;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.OperationNotSupportedException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.testing.LogCapture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTypeTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final List<String> calls = new ArrayList<>();

    private final SecretType renewable = SecretType.builder("opaque")
            .defaultTtl(Duration.ofMinutes(10))
            .renew(request -> {
                calls.add("renew opaque");
                return SecretType.builder("opaque").revoke(r -> null).build()
                        .renewResponse(request, Duration.ofMinutes(5), Duration.ofHours(1));
            })
            .revoke(request -> {
                calls.add("revoke opaque " + request.secret().internalData().get("id"));
                return null;
            })
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    private final SecretType fixed = SecretType.builder("jwt")
            .revoke(request -> {
                calls.add("revoke jwt");
                return null;
            })
            .build();

    private final Backend backend = Backend.builder()
            .help("A backend with secrets.")
            .paths(Path.builder("creds").operation(Operation.READ, "Issue.",
                            (r, d) -> renewable.response(Map.of("token", "t"), Map.of("id", "42")))
                    .helpSynopsis("Issue.").helpDescription("Issues secrets.").build())
            .secretTypes(renewable, fixed)
            .build();

    private static Request lease(Operation operation, Secret secret) {
        return Request.of(operation, "creds", Map.of("token", "t")).withSecret(secret);
    }

    @Test
    void anIssuedSecretRecordsItsTypeAndLeaseOptions() {
        Secret secret = backend.handleRequest(Request.of(Operation.READ, "creds", Map.of())).secret();

        assertEquals(Map.of("id", "42", "secret_type", "opaque"), secret.internalData());
        assertEquals(LeaseOptions.issued(Duration.ofMinutes(10), Duration.ZERO, true, NOW), secret.leaseOptions());
    }

    @Test
    void aTypeWithoutRenewIssuesNonRenewableSecrets() {
        assertFalse(fixed.newSecret(Map.of()).leaseOptions().renewable());
        assertFalse(fixed.renewable());
    }

    @Test
    void explicitLeaseOptionsOverrideTheDefaults() {
        Secret secret = renewable.newSecret(Map.of("secret_type", "forged"), Duration.ofMinutes(1),
                Duration.ofMinutes(1), false);

        assertEquals("opaque", secret.secretType());
        assertEquals(LeaseOptions.issued(Duration.ofMinutes(1), Duration.ofMinutes(1), false, NOW),
                secret.leaseOptions());
    }

    @Test
    void revokeRunsTheHandlerOfTheSecretsType() {
        assertNull(backend.handleRequest(lease(Operation.REVOKE, renewable.newSecret(Map.of("id", "7")))));
        assertNull(backend.handleRequest(lease(Operation.REVOKE, fixed.newSecret(Map.of()))));

        assertEquals(List.of("revoke opaque 7", "revoke jwt"), calls);
    }

    @Test
    void renewEchoesTheInternalDataWithTheNewTtls() {
        Secret stored = renewable.newSecret(Map.of("id", "7"));

        Response response = backend.handleRequest(lease(Operation.RENEW, stored));

        assertEquals(List.of("renew opaque"), calls);
        assertEquals(stored.internalData(), response.secret().internalData());
        assertEquals(new LeaseOptions(Duration.ofMinutes(5), Duration.ofHours(1), true, Duration.ZERO, NOW),
                response.secret().leaseOptions());
        assertTrue(response.data().isEmpty());
    }

    @Test
    void renewingATypeWithoutARenewHandlerIsNotSupported() {
        assertThrows(OperationNotSupportedException.class,
                () -> backend.handleRequest(lease(Operation.RENEW, fixed.newSecret(Map.of()))));
    }

    @Test
    void aSecretOfAnUnknownOrMissingTypeIsAnError() {
        Secret unknown = new Secret(LeaseOptions.issued(Duration.ZERO, Duration.ZERO, false, NOW),
                Map.of("secret_type", "gone"), "");
        Secret untyped = new Secret(unknown.leaseOptions(), Map.of(), "");
        try (LogCapture log = LogCapture.start()) {
            InternalException e = assertThrows(InternalException.class,
                    () -> backend.handleRequest(lease(Operation.REVOKE, unknown)));
            assertEquals("secret is unsupported by this backend", e.getMessage());
            assertThrows(InternalException.class, () -> backend.handleRequest(lease(Operation.RENEW, untyped)));
            assertThrows(InternalException.class,
                    () -> backend.handleRequest(Request.of(Operation.REVOKE, "creds", Map.of())));
            assertTrue(log.text().contains("gone"));
        }
    }

    @Test
    void aSecretTypeNeedsARevokeHandlerAndAPlainName() {
        assertThrows(IllegalStateException.class, () -> SecretType.builder("x").build());
        assertThrows(IllegalArgumentException.class, () -> SecretType.builder("bad-name"));
    }

    @Test
    void secretTypeNamesAreUniqueWithinABackend() {
        assertThrows(IllegalStateException.class, () -> Backend.builder().help("h")
                .paths(Path.builder("x").operation(Operation.READ, "r", (r, d) -> null).helpSynopsis("s")
                        .helpDescription("d").build())
                .secretTypes(fixed, fixed).build());
    }
}
