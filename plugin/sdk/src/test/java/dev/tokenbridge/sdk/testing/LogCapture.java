// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.testing;

import dev.tokenbridge.sdk.log.Log;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what every {@link Log} writes while open, so that tests can assert what was (and what was
 * never) logged; closing sends logs to stderr again. Use with try-with-resources. Thread-safe.
 */
public final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private LogCapture() {}

    /** Starts capturing. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Log.redirectTo(new PrintStream(capture.buffer, true, StandardCharsets.UTF_8));
        return capture;
    }

    /** Everything logged so far, one JSON object per line. */
    public String text() {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        Log.redirectTo(System.err);
    }
}
