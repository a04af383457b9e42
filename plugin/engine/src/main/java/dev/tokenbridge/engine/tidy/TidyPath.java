// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.tidy;

import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code tidy}: prune expired deny-list entries, opaque token records and retired keys now. */
public final class TidyPath {
    private final Tidy tidy;

    public TidyPath(Tidy tidy) {
        this.tidy = tidy;
    }

    public Path path() {
        return Path.builder("tidy")
                .operation(Operation.UPDATE, "Prune expired state now and report what was pruned.", this::run)
                .helpSynopsis("Prune expired state now.")
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response run(Request request, FieldData data) {
        Tidy.Run run = tidy.runAll();
        Response response = Response.of(describe(run));
        return run.failed().isEmpty() ? response
                : response.withWarning("some tidy tasks failed (see the Vault server log): " + run.failed());
    }

    static Map<String, Object> describe(Tidy.Run run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trigger", run.trigger());
        data.put("started_at", run.startedAt());
        data.put("finished_at", run.finishedAt());
        data.put("pruned", run.pruned());
        data.put("failed", run.failed());
        return data;
    }

    private static final String HELP_DESCRIPTION = """
            Runs every clean-up task at once and answers how many storage entries each deleted: deny-list \
            buckets whose tokens expired (plus the allowed clock skew), opaque token records left behind \
            after expiry, and signing keys that no verifier can need any more. The periodic hook (about once \
            a minute on the active node) runs the same tasks, so this is only needed to see or hurry the \
            result. Safe to run at any time and on any node.
            """;
}
