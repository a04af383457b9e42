// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.tidy;

import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code tidy/status}: the last tidy run on this node and the totals since the process started. */
public final class TidyStatusPath {
    private final Tidy tidy;

    public TidyStatusPath(Tidy tidy) {
        this.tidy = tidy;
    }

    public Path path() {
        return Path.builder("tidy/status")
                .operation(Operation.READ, "Read the last tidy run.", this::read)
                .helpSynopsis("The result of the last tidy run.")
                .helpDescription("""
                        The last run of the clean-up tasks on this node (started by tidy or by the periodic \
                        hook), what each task pruned, which failed, and the totals since the plugin process \
                        started. state is "never run" until the first run.
                        """)
                .build();
    }

    private Response read(Request request, FieldData data) {
        Map<String, Object> out = new LinkedHashMap<>();
        tidy.lastRun().ifPresentOrElse(run -> {
            out.put("state", "idle");
            out.putAll(TidyPath.describe(run));
        }, () -> out.put("state", "never run"));
        out.put("pruned_since_start", tidy.totals());
        return Response.of(out);
    }
}
