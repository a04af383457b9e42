// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    static final Field<String> NAME = Field.string("name").description("The role's name.").build();
    static final Field<Duration> TTL = Field.duration("ttl").description("How long tokens live.")
            .defaultValue(Duration.ofHours(1)).build();
    static final Field<String> ALGORITHM = Field.string("algorithm").description("The algorithm.")
            .allowedValues("RS256", "ES256").required().build();
    static final Field<List<String>> AUDIENCE = Field.stringList("audience").description("Audiences.").build();
    static final Field<String> SECRET = Field.string("secret").description("A secret.").sensitive()
            .displayName("Secret").build();
    static final Field<String> FORMAT = Field.string("format").description("Output format.").query().build();
    static final Handler NOTHING = (r, d) -> null;

    static Path.Builder path(String pattern) {
        return Path.builder(pattern).helpSynopsis("About " + pattern + ".").helpDescription("More.");
    }

    static final Path ROLE = path("roles/(?<name>\\w+)").fields(NAME, TTL, ALGORITHM, AUDIENCE, SECRET)
            .existenceCheck((r, d) -> false)
            .operation(Operation.READ, "Read a role.", NOTHING)
            .operation(Operation.CREATE, "Create a role.", NOTHING)
            .operation(Operation.UPDATE, "Update a role.", NOTHING)
            .operation(Operation.DELETE, "Delete a role.", NOTHING)
            .build();
    static final Path ROLES = path("roles/?").operation(Operation.LIST, "List roles.", NOTHING).build();
    static final Path STATS = path("stats").fields(FORMAT).operation(Operation.READ, "Read stats.", NOTHING).build();
    static final Path JWKS = path("jwks").operation(Operation.READ, "Read keys.", NOTHING).build();
    static final Path ROTATE = path("keys/rotate").operation(Operation.UPDATE, "Rotate.", NOTHING).build();
    static final Path REGEX = path("keys/(rotate|retire)x").operation(Operation.UPDATE, "Odd.", NOTHING).build();

    private static final Map<String, Object> DOC = OpenApi.document("v9", List.of(ROLE, ROLES, STATS, JWKS, ROTATE,
            REGEX), new SpecialPaths(List.of("keys/*"), List.of("jwks"), List.of(), List.of()), "tb");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Object map, String... keys) {
        Object current = map;
        for (String key : keys) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    @Test
    void theDocumentHasTheShapeVaultMerges() {
        assertEquals("3.0.2", DOC.get("openapi"));
        assertEquals("v9", at(DOC, "info").get("version"));
        assertEquals(List.of("/jwks", "/keys/(rotate|retire)x", "/keys/rotate", "/roles/", "/roles/{name}", "/stats"),
                List.copyOf(at(DOC, "paths").keySet()));
    }

    @Test
    void capturesBecomeRequiredPathParameters() {
        assertEquals(List.of(Map.of("name", "name", "description", "The role's name.", "in", "path",
                "schema", Map.of("type", "string"), "required", true)), at(DOC, "paths", "/roles/{name}")
                .get("parameters"));
    }

    @Test
    void writesDescribeTheirBodyAsAComponentSchema() {
        Map<String, Object> item = at(DOC, "paths", "/roles/{name}");
        assertEquals(true, item.get("x-vault-createSupported"));
        Map<String, Object> post = at(item, "post");
        assertEquals("Update a role.", post.get("summary"));
        assertEquals("tb-write-roles-name", post.get("operationId"));
        assertEquals(Map.of("$ref", "#/components/schemas/TbWriteRolesNameRequest"),
                at(post, "requestBody", "content", "application/json", "schema"));

        Map<String, Object> body = at(DOC, "components", "schemas", "TbWriteRolesNameRequest");
        assertEquals("object", body.get("type"));
        assertEquals(List.of("algorithm"), body.get("required"));
        assertEquals(List.of("algorithm", "audience", "secret", "ttl"), List.copyOf(at(body, "properties").keySet()));
        assertEquals(Map.of("type", "string", "description", "The algorithm.", "enum", List.of("RS256", "ES256")),
                at(body, "properties", "algorithm"));
        assertEquals(Map.of("type", "string", "description", "How long tokens live.", "format", "duration",
                "default", "1h"), at(body, "properties", "ttl"));
        assertEquals(Map.of("type", "array", "description", "Audiences.", "items", Map.of("type", "string")),
                at(body, "properties", "audience"));
        assertEquals(Map.of("name", "Secret", "sensitive", true), at(body, "properties", "secret",
                "x-vault-displayAttrs"));
    }

    @Test
    void readsAndDeletesAnswerOkAndEmptyBody() {
        assertEquals(Map.of("200", Map.of("description", "OK")), at(DOC, "paths", "/roles/{name}", "get", "responses"));
        assertEquals(Map.of("204", Map.of("description", "empty body")),
                at(DOC, "paths", "/roles/{name}", "delete", "responses"));
    }

    @Test
    void listsLiveOnTheTrailingSlashPathWithTheListParameter() {
        Map<String, Object> get = at(DOC, "paths", "/roles/", "get");
        assertEquals(List.of(Map.of("name", "list", "description", "Must be set to `true`", "in", "query",
                "schema", Map.of("type", "string", "enum", List.of("true")), "required", true)), get.get("parameters"));
        assertEquals("#/components/schemas/StandardListResponse",
                at(get, "responses", "200", "content", "application/json", "schema").get("$ref"));
        assertTrue(at(DOC, "components", "schemas").containsKey("StandardListResponse"));
        assertFalse(at(DOC, "paths").containsKey("/roles"));
    }

    @Test
    void queryFieldsAreQueryParametersOfReads() {
        assertEquals(List.of(Map.of("name", "format", "description", "Output format.", "in", "query",
                "schema", Map.of("type", "string"))), at(DOC, "paths", "/stats", "get").get("parameters"));
    }

    @Test
    void specialPathsAreMarkedSudoOrUnauthenticated() {
        assertEquals(true, at(DOC, "paths", "/jwks").get("x-vault-unauthenticated"));
        assertEquals(true, at(DOC, "paths", "/keys/rotate").get("x-vault-sudo"));
        assertNull(at(DOC, "paths", "/stats").get("x-vault-sudo"));
    }

    @Test
    void aPatternWithoutAnOpenApiFormIsListedWithoutOperations() {
        assertEquals(Map.of("description", "About keys/(rotate|retire)x."), at(DOC, "paths", "/keys/(rotate|retire)x"));
    }

    @Test
    void specialPathsMatchLikeVault() {
        assertTrue(OpenApi.specialPathMatch("a/b/c", List.of("a/+/c")));
        assertTrue(OpenApi.specialPathMatch("a/b/c/d", List.of("a/+/c*")));
        assertFalse(OpenApi.specialPathMatch("a/b/c/d", List.of("a/+/c")));
        assertTrue(OpenApi.specialPathMatch("keys/x", List.of("keys/*")));
        assertFalse(OpenApi.specialPathMatch("key", List.of("keys/*")));
    }
}
