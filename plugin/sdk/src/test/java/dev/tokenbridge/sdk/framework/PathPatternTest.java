// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {
    @Test
    void patternsAreAnchoredAtBothEnds() {
        PathPattern pattern = PathPattern.compile("roles/(?<name>\\w+)");

        assertEquals("^roles/(?<name>\\w+)$", pattern.anchored());
        assertNull(pattern.match("xroles/a"));
        assertNull(pattern.match("roles/a/b"));
        assertNull(pattern.match("roles/a\n"));
        assertEquals(Map.of("name", "a"), pattern.match("roles/a"));
    }

    @Test
    void anchorsAlreadyWrittenAreKept() {
        assertEquals("^config$", PathPattern.compile("^config$").anchored());
        assertEquals("^price\\$$", PathPattern.compile("price\\$").anchored());
    }

    @Test
    void captureNamesMayUseGoSyntaxAndUnderscores() {
        PathPattern pattern = PathPattern.compile("keys/(?P<key_id>[a-z]+)/(?<version>[0-9]+)");

        assertEquals(List.of("key_id", "version"), pattern.captureNames());
        assertEquals(Map.of("key_id", "abc", "version", "3"), pattern.match("keys/abc/3"));
    }

    @Test
    void groupsThatTookNoPartAreNotCaptures() {
        PathPattern pattern = PathPattern.compile("roles/?(?<name>\\w+)?");

        assertEquals(Map.of(), pattern.match("roles/"));
    }

    @Test
    void lookbehindsAreNotMistakenForNamedGroups() {
        PathPattern pattern = PathPattern.compile("a(?<!b)c(?<=c)");

        assertEquals(List.of(), pattern.captureNames());
        assertEquals(Map.of(), pattern.match("ac"));
    }

    @Test
    void aRepeatedCaptureNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PathPattern.compile("(?<a>x)/(?P<a>y)"));
        assertThrows(IllegalArgumentException.class, () -> PathPattern.compile(""));
    }

    @ParameterizedTest(name = "{0} is {1} in OpenAPI")
    @CsvSource({
        "config, config",
        "roles/?, roles",
        "roles/, roles/",
        "'roles/(?<name>\\w(([\\w.-]+)?\\w)?)', 'roles/{name}'",
        "'roles/(?P<name>[^/]+)/revoke-issued-before', 'roles/{name}/revoke-issued-before'",
        "'\\.well-known/openid-configuration', '.well-known/openid-configuration'",
    })
    void patternsBecomeOpenApiPaths(String pattern, String openApi) {
        assertEquals(Optional.of(openApi), PathPattern.compile(pattern).openApiPath());
    }

    @ParameterizedTest(name = "{0} has no OpenAPI form")
    @CsvSource({"'keys/(rotate|retire)'", "'.*'", "'creds/\\w+'", "'roles?/x'"})
    void patternsWithoutAnOpenApiFormAreRecognised(String pattern) {
        assertEquals(Optional.empty(), PathPattern.compile(pattern).openApiPath());
    }
}
