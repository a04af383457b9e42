// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandshakeTest {
    private static Map<String, String> vaultEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put(Handshake.COOKIE_KEY, Handshake.COOKIE_VALUE);
        env.put("PLUGIN_PROTOCOL_VERSIONS", "5");
        env.put("PLUGIN_CLIENT_CERT", "-----BEGIN CERTIFICATE-----\n...");
        env.put("PLUGIN_MIN_PORT", "10000");
        env.put("PLUGIN_MAX_PORT", "25000");
        return env;
    }

    @Test
    void acceptsTheEnvironmentVaultGivesAVersion5Plugin() throws Exception {
        Handshake handshake = Handshake.fromEnvironment(vaultEnvironment());
        assertEquals(10000, handshake.minPort());
        assertEquals(25000, handshake.maxPort());
    }

    @Test
    void refusesToRunWithoutVaultsMagicCookie() {
        Map<String, String> env = vaultEnvironment();
        env.remove(Handshake.COOKIE_KEY);
        var e = assertThrows(Handshake.RefusedException.class, () -> Handshake.fromEnvironment(env));
        assertTrue(e.getMessage().contains("This binary is a plugin"));
    }

    @Test
    void refusesADatabasePluginProbeWithAnotherCookie() {
        Map<String, String> env = vaultEnvironment();
        env.remove(Handshake.COOKIE_KEY);
        env.put("VAULT_DATABASE_PLUGIN", "926a0820-aea2-be28-51d6-83cdf00e8edb");
        assertThrows(Handshake.RefusedException.class, () -> Handshake.fromEnvironment(env));
    }

    @Test
    void servesOnlyProtocol5() throws Exception {
        Map<String, String> env = vaultEnvironment();
        env.put("PLUGIN_PROTOCOL_VERSIONS", "3,4");
        assertThrows(Handshake.RefusedException.class, () -> Handshake.fromEnvironment(env));
        env.put("PLUGIN_PROTOCOL_VERSIONS", "4, 5");
        Handshake.fromEnvironment(env);
    }

    @Test
    void refusesToServeWithoutMutualTls() {
        Map<String, String> env = vaultEnvironment();
        env.remove("PLUGIN_CLIENT_CERT");
        var e = assertThrows(Handshake.RefusedException.class, () -> Handshake.fromEnvironment(env));
        assertTrue(e.getMessage().contains("mutual TLS"));
    }

    @Test
    void rejectsAnUpsideDownPortRange() {
        Map<String, String> env = vaultEnvironment();
        env.put("PLUGIN_MIN_PORT", "30000");
        assertThrows(Handshake.RefusedException.class, () -> Handshake.fromEnvironment(env));
    }

    @Test
    void handshakeLineHasGoPluginsSixFields() {
        assertEquals("1|5|tcp|127.0.0.1:12345|grpc|MIIB", Handshake.line("127.0.0.1", 12345, "MIIB"));
    }
}
