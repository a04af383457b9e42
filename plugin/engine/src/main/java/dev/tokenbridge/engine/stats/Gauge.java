// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One current value read from storage for {@code stats}, e.g. the number of roles. Immutable.
 *
 * @param name a metric name of lowercase letters, digits and {@code _}; Prometheus output prefixes it
 *     with {@code tokenbridge_}
 * @param help what it measures
 */
public record Gauge(String name, String help, double value) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Gauge {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("gauge names are lowercase letters, digits and '_': " + name);
        }
        Objects.requireNonNull(help, "help");
    }
}
