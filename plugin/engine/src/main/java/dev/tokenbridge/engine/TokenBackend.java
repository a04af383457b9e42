// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine;

import dev.tokenbridge.engine.config.ConfigPath;
import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.logical.BackendConfig;

/**
 * The table of contents of the token engine: every path, secret type, special path and hook. Read
 * this file to see what the engine does.
 */
public final class TokenBackend {
    static final String HELP = """
            The tokenbridge secrets engine issues short-lived bearer tokens (signed JWTs or opaque \
            reference tokens) whose lifetime is the Vault lease: reading creds/<role> issues a token, \
            revoking the lease revokes the token for every verifier, and nothing outlives the token.
            """;

    private TokenBackend() {}

    /** Builds the engine for one mount. */
    public static Backend create(BackendConfig mount) {
        ConfigStore configStore = new ConfigStore(mount.storage());
        return Backend.builder()
                .help(HELP)
                .version(PluginVersion.current())
                .paths(new ConfigPath(configStore).path())
                .sealWrapStorage(ConfigStore.KEY)
                .build();
    }
}
