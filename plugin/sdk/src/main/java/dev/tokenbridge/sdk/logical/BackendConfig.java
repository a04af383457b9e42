// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.Map;
import java.util.Objects;

/**
 * What a new mount's backend is given: its storage and system view (calls back into Vault), the mount
 * options plus {@code plugin_name}/{@code plugin_type}/{@code plugin_version}, and the mount's stable UUID.
 */
public record BackendConfig(Storage storage, SystemView systemView, Map<String, String> config, String backendUuid) {
    public BackendConfig {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(systemView, "systemView");
        config = config == null ? Map.of() : Map.copyOf(config);
        backendUuid = backendUuid == null ? "" : backendUuid;
    }
}
