// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.log;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A named logger that writes one hclog JSON object per line to stderr. Vault reads the plugin's
 * stderr line by line and logs each JSON line at its {@code @level}, so our messages appear in Vault's
 * own log at the right level (plain lines would all land at DEBUG, invisible by default).
 *
 * <p>Never pass a token, key or field marked sensitive as a message or value. Thread-safe.
 */
public final class Log {
    /** hclog levels, lowest first. */
    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    // NOTE: Vault parses @timestamp with Go's layout 2006-01-02T15:04:05.000000Z07:00; any other
    // shape makes it treat the whole line as plain text.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    private static final int MAX_TRACE_LINES = 25;

    private static volatile Level threshold = levelFromEnvironment();
    private static volatile PrintStream sink = System.err;

    private final String name;

    private Log(String name) {
        this.name = name;
    }

    /** A logger whose lines carry {@code @module = name}. */
    public static Log named(String name) {
        return new Log(name);
    }

    /** Routes every logger to this stream (the runtime keeps stderr; tests may capture). */
    public static void redirectTo(PrintStream stream) {
        sink = stream;
    }

    /** Sets the lowest level that is written. */
    public static void setThreshold(Level level) {
        threshold = level;
    }

    public void trace(String message, Object... keyValues) {
        log(Level.TRACE, message, null, keyValues);
    }

    public void debug(String message, Object... keyValues) {
        log(Level.DEBUG, message, null, keyValues);
    }

    public void info(String message, Object... keyValues) {
        log(Level.INFO, message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        log(Level.WARN, message, null, keyValues);
    }

    public void error(String message, Object... keyValues) {
        log(Level.ERROR, message, null, keyValues);
    }

    /** Logs an error with its cause's class, message and stack trace. */
    public void error(String message, Throwable cause, Object... keyValues) {
        log(Level.ERROR, message, cause, keyValues);
    }

    /** Whether lines of this level are written. */
    public boolean isEnabled(Level level) {
        return level.compareTo(threshold) >= 0;
    }

    private void log(Level level, String message, Throwable cause, Object[] keyValues) {
        if (!isEnabled(level)) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("@level", level.name().toLowerCase(Locale.ROOT));
        line.put("@message", message);
        line.put("@module", name);
        line.put("@timestamp", TIMESTAMP.format(Instant.now()));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        if (cause != null) {
            line.put("error", cause.getClass().getName() + ": " + cause.getMessage());
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            line.put("stacktrace", firstLines(trace.toString(), MAX_TRACE_LINES));
        }
        String json = dev.tokenbridge.sdk.logical.Json.write(line);
        PrintStream out = sink;
        synchronized (out) {
            out.println(json);
            out.flush();
        }
    }

    private static String firstLines(String text, int max) {
        String[] lines = text.split("\n", max + 1);
        return lines.length <= max ? text : String.join("\n", java.util.Arrays.copyOf(lines, max)) + "\n\t...";
    }

    private static Level levelFromEnvironment() {
        String configured = System.getenv("TOKENBRIDGE_LOG_LEVEL");
        if (configured != null) {
            for (Level level : Level.values()) {
                if (level.name().equalsIgnoreCase(configured.strip())) {
                    return level;
                }
            }
        }
        return Level.INFO;
    }
}
