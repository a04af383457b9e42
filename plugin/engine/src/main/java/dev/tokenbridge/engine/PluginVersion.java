// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's canonical version ({@code v0.1.0}), written into the jar by the build. */
public final class PluginVersion {
    private PluginVersion() {}

    /** The version Vault sees; it must equal the {@code -version} the plugin is registered with. */
    public static String current() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("/tokenbridge-version.properties")) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "");
        } catch (IOException e) {
            return "";
        }
    }
}
