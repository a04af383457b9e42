// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stats}: counters since the process started and gauges read from storage, as JSON or Prometheus text. */
public final class StatsPath {
    static final Field<String> FORMAT = Field.lowercaseString("format")
            .description("json (default) or prometheus (the Prometheus text exposition format).")
            .allowedValues("json", "prometheus")
            .defaultValue("json")
            .query()
            .build();

    private final EngineStats stats;
    private final List<GaugeSource> gaugeSources;
    private final Clock clock;

    public StatsPath(EngineStats stats, List<GaugeSource> gaugeSources, Clock clock) {
        this.stats = stats;
        this.gaugeSources = List.copyOf(gaugeSources);
        this.clock = clock;
    }

    public Path path() {
        return Path.builder("stats")
                .fields(FORMAT)
                .operation(Operation.READ, "Read the engine's counters and gauges.", this::read)
                .helpSynopsis("Counters and gauges for dashboards.")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        Instant now = clock.instant();
        List<Gauge> gauges = new ArrayList<>();
        gaugeSources.forEach(source -> gauges.addAll(source.gauges(now)));
        if (data.get(FORMAT).equals("prometheus")) {
            return RawResponse.text(PrometheusText.CONTENT_TYPE, PrometheusText.render(stats, gauges));
        }
        Map<String, Object> counters = new LinkedHashMap<>();
        for (EngineStats.Counter counter : EngineStats.Counter.values()) {
            counters.put(counter.key(), stats.byRole(counter));
        }
        Map<String, Object> gaugeValues = new LinkedHashMap<>();
        gauges.forEach(gauge -> gaugeValues.put(gauge.name(), gauge.value() == Math.rint(gauge.value())
                ? (Object) (long) gauge.value() : (Object) gauge.value()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("started_at", stats.startedAt());
        out.put("counters", counters);
        out.put("gauges", gaugeValues);
        return Response.of(out);
    }

    private static final String HELP_DESCRIPTION = """
            Counters by role since the plugin process started (issued, renewed, revoked_early, \
            revoked_natural, introspected_active, introspected_inactive; each Vault node and each plugin \
            restart counts afresh) and gauges read from storage (roles, live deny-list entries, role \
            watermarks, stored opaque tokens, and the signing keys' state). With format=prometheus the \
            answer is the Prometheus text format, for a scrape job pointed at /v1/<mount>/stats?format=prometheus \
            with a Vault token.
            """;
}
