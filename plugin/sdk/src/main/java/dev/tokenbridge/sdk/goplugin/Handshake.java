// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import java.util.Arrays;
import java.util.Map;

/**
 * What go-plugin tells a plugin through its environment, checked before anything starts, and the one
 * line the plugin answers with on stdout.
 *
 * @param vaultCertificatePem Vault's one-time certificate ({@code PLUGIN_CLIENT_CERT})
 * @param minPort the lowest TCP port we may listen on
 * @param maxPort the highest TCP port we may listen on
 */
public record Handshake(String vaultCertificatePem, int minPort, int maxPort) {
    /** Vault's magic cookie for backend plugins: proof that Vault, not a person, started us. */
    public static final String COOKIE_KEY = "VAULT_BACKEND_PLUGIN";
    public static final String COOKIE_VALUE = "6669da05-b1c8-4f49-97d9-c8e5bed98e20";
    /** The only backend protocol we serve: v5, with AutoMTLS. */
    public static final int PROTOCOL = 5;
    private static final int CORE_PROTOCOL = 1;

    /** Why the environment is not one Vault would give us; the message is for a person at a terminal. */
    public static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads and checks go-plugin's variables.
     *
     * @throws RefusedException if the cookie is wrong, protocol 5 is not offered, or there is no
     *     certificate for mutual TLS (we never serve without it)
     */
    public static Handshake fromEnvironment(Map<String, String> env) throws RefusedException {
        if (!COOKIE_VALUE.equals(env.get(COOKIE_KEY))) {
            throw new RefusedException("This binary is a plugin. These are not meant to be executed directly."
                    + " Please execute the program that consumes these plugins, which will load any plugins"
                    + " automatically.");
        }
        String offered = env.getOrDefault("PLUGIN_PROTOCOL_VERSIONS", "");
        boolean v5 = Arrays.stream(offered.split(",")).map(String::strip).anyMatch(v -> v.equals("5"));
        if (!v5) {
            throw new RefusedException("this plugin speaks only plugin protocol 5 (Vault 1.12 or later);"
                    + " the host offered [" + offered + "]");
        }
        String certificate = env.getOrDefault("PLUGIN_CLIENT_CERT", "");
        if (certificate.isBlank()) {
            throw new RefusedException("PLUGIN_CLIENT_CERT is not set: refusing to serve without mutual TLS");
        }
        int min = port(env.get("PLUGIN_MIN_PORT"), 10000);
        int max = port(env.get("PLUGIN_MAX_PORT"), 25000);
        if (min > max) {
            throw new RefusedException("PLUGIN_MIN_PORT " + min + " is above PLUGIN_MAX_PORT " + max);
        }
        return new Handshake(certificate, min, max);
    }

    /** The handshake line: {@code 1|5|tcp|127.0.0.1:PORT|grpc|<base64 DER certificate>}. */
    public static String line(String host, int port, String certificateBase64) {
        return CORE_PROTOCOL + "|" + PROTOCOL + "|tcp|" + host + ":" + port + "|grpc|" + certificateBase64;
    }

    private static int port(String value, int fallback) throws RefusedException {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new RefusedException("plugin port range: expected a port number, got " + value);
        }
    }

    /** Never prints the certificate. */
    @Override
    public String toString() {
        return "Handshake[ports " + minPort + "-" + maxPort + "]";
    }
}
