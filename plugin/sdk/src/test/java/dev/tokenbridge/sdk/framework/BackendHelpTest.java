// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendHelpTest {
    static final Field<String> NAME = Field.string("name").description("The role's name.").build();
    static final Field<Duration> TTL = Field.duration("ttl").description("How long\n   tokens live.")
            .defaultValue(Duration.ofHours(1)).build();
    static final Field<String> OLD = Field.string("old").description("Use ttl.").deprecated().build();

    static final Path ROLE = Path.builder("roles/" + Path.genericNameRegex("name"))
            .fields(NAME, TTL, OLD)
            .operation(Operation.READ, "Read a role.", (r, d) -> null)
            .helpSynopsis("Manage roles.")
            .helpDescription("Roles decide\nwhat tokens hold.")
            .build();
    static final Path CONFIG = Path.builder("config")
            .operation(Operation.READ, "Read the configuration.", (r, d) -> null)
            .helpSynopsis("Configure the engine.")
            .helpDescription("The engine's settings.")
            .build();

    private final Backend backend = Backend.builder()
            .help("Issues tokens.")
            .version("v1.2.3")
            .paths(ROLE, CONFIG)
            .build();

    @Test
    void helpOnAPathAnswersTextSeeAlsoAndItsOpenApiDocument() {
        Response response = backend.handleRequest(Request.of(Operation.HELP, "roles/web", Map.of()));

        assertEquals(List.of(), response.data().get("see_also"));
        assertEquals("Request:        roles/web\n"
                + "Matching Route: ^roles/(?<name>\\w(([\\w.-]+)?\\w)?)$\n\n"
                + "Manage roles.\n\n"
                + "## PARAMETERS\n\n"
                + "    name (string)\n        The role's name.\n\n"
                + "    old (string)\n        (DEPRECATED) Use ttl.\n\n"
                + "    ttl (duration (sec))\n        How long\n           tokens live.\n\n"
                + "## DESCRIPTION\n\n"
                + "Roles decide\nwhat tokens hold.\n", response.data().get("help"));
        Map<?, ?> openapi = (Map<?, ?>) response.data().get("openapi");
        assertEquals("3.0.2", openapi.get("openapi"));
        assertEquals(List.of("/roles/{name}"), List.copyOf(((Map<?, ?>) openapi.get("paths")).keySet()));
    }

    @Test
    void helpIgnoresParameterValidation() {
        Response response = backend.handleRequest(Request.of(Operation.HELP, "roles/web", Map.of("ttl", "soon")));

        assertNotNull(response.data().get("help"));
    }

    @Test
    void rootHelpListsEveryPathAndDocumentsThemAll() {
        Response response = backend.handleRequest(
                Request.of(Operation.HELP, "", Map.of("requestResponsePrefix", "tokenbridge")));

        String help = (String) response.data().get("help");
        assertTrue(help.startsWith("## DESCRIPTION\n\nIssues tokens.\n\n## PATHS\n\n"), help);
        assertTrue(help.endsWith("    ^config$\n        Configure the engine.\n\n"
                + "    ^roles/(?<name>\\w(([\\w.-]+)?\\w)?)$\n        Manage roles.\n"), help);
        Map<?, ?> openapi = (Map<?, ?>) response.data().get("openapi");
        assertEquals("v1.2.3", ((Map<?, ?>) openapi.get("info")).get("version"));
        assertEquals(List.of("/config", "/roles/{name}"), List.copyOf(((Map<?, ?>) openapi.get("paths")).keySet()));
        Map<?, ?> get = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) openapi.get("paths")).get("/config")).get("get");
        assertEquals("tokenbridge-read-config", get.get("operationId"));
    }

    @Test
    void rootHelpSerialisesAsTheJsonVaultDecodes() {
        Response response = backend.handleRequest(Request.of(Operation.HELP, "", Map.of()));

        Map<String, Object> decoded = Json.parseObject(Json.write(response.data()));
        assertEquals("3.0.2", ((Map<?, ?>) decoded.get("openapi")).get("openapi"));
    }
}
