// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the example engine exactly as it compiles. */
class ReadmeSnippetTest {
    @Test
    void theReadmeShowsTheCompiledExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/tokenbridge/example/GreetingBackend.java"));
        String snippet = source.substring(source.indexOf("// tag::example[]\n") + "// tag::example[]\n".length(),
                source.indexOf("// end::example[]"));
        String readme = Files.readString(Path.of("../sdk/README.md"));

        assertTrue(readme.contains("```java\n" + snippet + "```\n"),
                "README.md must contain GreetingBackend.java between its tag::example and end::example markers");
    }
}
