// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.log;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * grpc-java and Netty log through {@code java.util.logging}, whose console handler writes plain text
 * that Vault would file under DEBUG. This bridge sends those records through {@link Log} as hclog JSON.
 */
public final class JulBridge extends Handler {
    private static final java.util.logging.Formatter MESSAGES = new java.util.logging.SimpleFormatter();

    private JulBridge() {}

    /** Replaces the root logger's handlers with the bridge. Idempotent. */
    public static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new JulBridge());
        root.setLevel(Level.INFO);
        // NOTE: grpc-netty always asks for SO_KEEPALIVE, which unix-domain channels do not have; Netty
        // warns on every broker dial. The warning is harmless, so keep it out of Vault's log.
        Logger.getLogger("io.netty.bootstrap.AbstractBootstrap").setLevel(Level.SEVERE);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        Log log = Log.named(record.getLoggerName() == null ? "jul" : record.getLoggerName());
        String message = MESSAGES.formatMessage(record);
        int level = record.getLevel().intValue();
        if (record.getThrown() != null && level >= Level.WARNING.intValue()) {
            log.error(message, record.getThrown());
        } else if (level >= Level.SEVERE.intValue()) {
            log.error(message);
        } else if (level >= Level.WARNING.intValue()) {
            log.warn(message);
        } else if (level >= Level.INFO.intValue()) {
            log.info(message);
        } else if (level >= Level.FINE.intValue()) {
            log.debug(message);
        } else {
            log.trace(message);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
