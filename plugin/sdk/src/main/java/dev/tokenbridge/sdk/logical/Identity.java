// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.List;
import java.util.Map;

/** Identity records from Vault's identity store, as the system view returns them. */
public final class Identity {
    private Identity() {}

    /** An identity entity. */
    public record Entity(String id, String name, List<Alias> aliases, Map<String, String> metadata,
            boolean disabled, String namespaceId) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /** An entity's alias on one auth mount. */
    public record Alias(String id, String mountType, String mountAccessor, String name,
            Map<String, String> metadata) {
        public Alias {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /** An identity group. */
    public record Group(String id, String name, Map<String, String> metadata, String namespaceId) {
        public Group {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }
}
