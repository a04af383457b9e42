// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

/**
 * Vault runs plugins in its own process group, so Ctrl-C in a terminal reaches the plugin too. Like
 * go-plugin servers we ignore SIGINT and let Vault stop us in order (Shutdown RPC, then SIGKILL).
 */
final class Signals {
    private Signals() {}

    @SuppressWarnings("removal")
    static void ignoreInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException e) {
            // The platform has no SIGINT; nothing to ignore.
        }
    }
}
