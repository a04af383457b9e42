// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import java.time.Instant;
import java.util.List;

/**
 * Supplies gauges to {@code stats} (roles and deny-list size here; key ages and the next rotation from
 * the signing package). Called on each stats read; implementations are thread-safe.
 */
@FunctionalInterface
public interface GaugeSource {
    List<Gauge> gauges(Instant now);
}
