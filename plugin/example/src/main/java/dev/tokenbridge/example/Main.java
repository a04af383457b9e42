// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.example;

import dev.tokenbridge.sdk.goplugin.PluginServer;

/**
 * Runs an example engine as a Vault plugin: the whole of what a plugin's main needs. Registered
 * with {@code -args=field-types} it serves {@link FieldTypesBackend} instead of {@link GreetingBackend}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        boolean fieldTypes = args.length > 0 && args[0].equals("field-types");
        PluginServer.serve(fieldTypes ? FieldTypesBackend.FACTORY : GreetingBackend.FACTORY, "");
    }
}
