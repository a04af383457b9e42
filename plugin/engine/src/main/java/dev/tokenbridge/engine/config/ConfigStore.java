// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.config;

import dev.tokenbridge.sdk.logical.Storage;
import java.util.Optional;

/** Reads and writes the mount's {@link EngineConfig} in Vault storage. */
public final class ConfigStore {
    /** The storage key of the configuration (seal-wrapped). */
    public static final String KEY = "config";

    private final Storage storage;

    public ConfigStore(Storage storage) {
        this.storage = storage;
    }

    /** The stored configuration, or empty if the mount was never configured. */
    public Optional<EngineConfig> read() {
        return storage.getJson(KEY, EngineConfig.class);
    }

    /** The stored configuration, or the defaults. */
    public EngineConfig readOrDefaults() {
        return read().orElseGet(EngineConfig::defaults);
    }

    public void write(EngineConfig config) {
        storage.putJson(KEY, config);
    }
}
