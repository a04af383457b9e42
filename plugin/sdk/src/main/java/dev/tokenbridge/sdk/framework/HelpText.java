// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The text {@code vault path-help} prints, laid out like Vault's Go framework. Stateless. */
final class HelpText {
    private HelpText() {}

    /** Help for one path: the matching route, synopsis, fields (alphabetical) and description. */
    static String forPath(Path path, String requestPath) {
        StringBuilder text = new StringBuilder()
                .append("Request:        ").append(requestPath).append('\n')
                .append("Matching Route: ").append(path.compiled().anchored()).append("\n\n")
                .append(path.helpSynopsis()).append("\n\n");
        if (!path.fields().isEmpty()) {
            text.append("## PARAMETERS\n");
            List<Field<?>> sorted = path.fields().stream().sorted(Comparator.comparing(Field::name)).toList();
            for (Field<?> field : sorted) {
                String description = field.deprecated() ? "(DEPRECATED) " + field.description() : field.description();
                text.append('\n').append(indent(4, field.name() + " (" + field.type().helpName() + ")")).append('\n')
                        .append(indent(8, description)).append('\n');
            }
            text.append('\n');
        }
        return text.append("## DESCRIPTION\n\n").append(path.helpDescription()).append('\n').toString();
    }

    /** Help for the whole backend: its description and every path with its synopsis. */
    static String forBackend(String help, List<Path> paths) {
        String routes = paths.stream()
                .sorted(Comparator.comparing((Path p) -> p.compiled().anchored()))
                .map(p -> indent(4, p.compiled().anchored()) + "\n" + indent(8, p.helpSynopsis()) + "\n")
                .collect(Collectors.joining("\n"));
        return "## DESCRIPTION\n\n" + help.strip() + "\n\n## PATHS\n\n"
                + "The following paths are supported by this backend. To view help for\n"
                + "any of the paths below, use the help command with any route matching\n"
                + "the path pattern. Note that depending on the policy of your auth token,\n"
                + "you may or may not be able to access certain paths.\n\n"
                + routes;
    }

    private static String indent(int spaces, String text) {
        String pad = " ".repeat(spaces);
        return text.lines().map(line -> line.isEmpty() ? line : pad + line).collect(Collectors.joining("\n"));
    }
}
