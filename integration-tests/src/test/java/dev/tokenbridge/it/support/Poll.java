// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, checking it every 100 ms; used instead of fixed sleeps. */
public final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  /** Returns once {@code condition} holds, or throws an {@link AssertionError} naming {@code what}. */
  public static void until(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("timed out after " + timeout.toSeconds() + "s waiting until " + what);
      }
      pause();
    }
  }

  /** Sleeps one polling interval; restores the interrupt flag and fails if interrupted. */
  static void pause() {
    try {
      Thread.sleep(INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling", e);
    }
  }
}
