// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine;

import dev.tokenbridge.sdk.goplugin.PluginServer;

/** The plugin's entry point: Vault starts the {@code tokenbridge} file, which runs this. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PluginServer.serve(TokenBackend::create, PluginVersion.current());
    }
}
