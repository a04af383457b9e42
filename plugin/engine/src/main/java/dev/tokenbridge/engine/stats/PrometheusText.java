// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import java.util.List;
import java.util.Map;

/** Renders counters and gauges in the Prometheus text exposition format (version 0.0.4). Stateless. */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String PREFIX = "tokenbridge_";

    private PrometheusText() {}

    static String render(EngineStats stats, List<Gauge> gauges) {
        StringBuilder out = new StringBuilder();
        counter(out, "tokens_issued_total", "Tokens issued since the plugin process started.",
                Map.of("", stats.byRole(EngineStats.Counter.ISSUED)));
        counter(out, "tokens_renewed_total", "Lease renewals of opaque tokens since the plugin process started.",
                Map.of("", stats.byRole(EngineStats.Counter.RENEWED)));
        counter(out, "tokens_revoked_total", "Token revocations since the plugin process started, by kind:"
                        + " early (before exp) or natural (the lease expired with the token).",
                Map.of("kind=\"early\",", stats.byRole(EngineStats.Counter.REVOKED_EARLY),
                        "kind=\"natural\",", stats.byRole(EngineStats.Counter.REVOKED_NATURAL)));
        counter(out, "introspections_total", "Introspection requests since the plugin process started, by result.",
                Map.of("active=\"true\",", stats.byRole(EngineStats.Counter.INTROSPECTED_ACTIVE),
                        "active=\"false\",", stats.byRole(EngineStats.Counter.INTROSPECTED_INACTIVE)));
        gauge(out, new Gauge("stats_start_time_seconds", "When the counters started (unix seconds).",
                stats.startedAt().getEpochSecond()));
        gauges.forEach(g -> gauge(out, g));
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, Map<String, Map<String, Long>> series) {
        out.append("# HELP ").append(PREFIX).append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(PREFIX).append(name).append(" counter\n");
        series.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(labelled ->
                labelled.getValue().forEach((role, count) -> out.append(PREFIX).append(name).append('{')
                        .append(labelled.getKey()).append("role=\"").append(escapeLabel(role)).append("\"} ")
                        .append(count).append('\n')));
    }

    private static void gauge(StringBuilder out, Gauge gauge) {
        String name = PREFIX + gauge.name();
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(gauge.help())).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(number(gauge.value())).append('\n');
    }

    private static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
