// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.engine.token.testing.Engine;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code TokenBackend} must declare for issuing and revocation to work inside Vault. */
class WiringTest {
    private final Engine engine = new Engine();

    @Test
    void theIssuedTokenSecretTypeIsRegistered() {
        assertTrue(engine.backend.secretTypes().stream().anyMatch(type -> type.name().equals(IssuedTokenSecret.NAME)));
    }

    @Test
    void onlyTheFeedIsUnauthenticatedAmongTheRevocationPaths() {
        List<String> open = engine.backend.specialPaths().unauthenticated();
        assertTrue(open.contains("revoked"));
        assertFalse(open.stream().filter(p -> !p.equals("revoked")).anyMatch(p -> p.startsWith("introspect")
                || p.startsWith("revoke")
                || p.startsWith("creds") || p.startsWith("roles") || p.startsWith("stats") || p.startsWith("tidy")));
    }

    @Test
    void everyPathAndFieldOfThisPackageFamilyHasHelpText() {
        List<String> ours = List.of("roles/?", "roles/(?<name>[^/]+)", "roles/(?<name>[^/]+)/revoke-issued-before",
                "creds/(?<name>[^/]+)", "revoked", "introspect", "revoke", "tidy", "tidy/status", "stats");
        List<Path> paths = engine.backend.paths().stream().filter(p -> ours.contains(p.pattern())).toList();
        assertEquals(ours.size(), paths.size(), engine.backend.paths().toString());
        for (Path path : paths) {
            assertFalse(path.helpSynopsis().isBlank(), path.pattern());
            assertTrue(path.helpDescription().length() > 40, path.pattern());
            for (Field<?> field : path.fields()) {
                assertFalse(field.description().isBlank(), path.pattern() + " " + field.name());
            }
            var help = engine.call(Operation.HELP, path.pattern().replace("(?<name>[^/]+)", "x").replace("/?", "/"),
                    Map.of());
            assertTrue(help.data().get("openapi") instanceof Map, path.pattern());
        }
    }
}
