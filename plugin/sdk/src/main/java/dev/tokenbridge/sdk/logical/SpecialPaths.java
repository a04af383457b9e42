// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.List;

/**
 * Paths Vault treats specially. Patterns are exact, or a prefix when they end in {@code *};
 * in {@code unauthenticated}, {@code +} matches one whole segment.
 *
 * @param root paths that need {@code sudo}
 * @param unauthenticated paths reachable without a token
 * @param sealWrapStorage storage keys (exact, or prefixes ending in {@code /}) to seal-wrap
 * @param localStorage storage keys that are not replicated
 */
public record SpecialPaths(List<String> root, List<String> unauthenticated, List<String> sealWrapStorage,
        List<String> localStorage) {
    public SpecialPaths {
        root = List.copyOf(root);
        unauthenticated = List.copyOf(unauthenticated);
        sealWrapStorage = List.copyOf(sealWrapStorage);
        localStorage = List.copyOf(localStorage);
    }

    /** No special paths. */
    public static SpecialPaths none() {
        return new SpecialPaths(List.of(), List.of(), List.of(), List.of());
    }
}
