// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.tidy;

import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the {@link TidyTask}s, from {@code tidy} or the periodic hook, one run at a time, and remembers
 * the last run for {@code tidy/status} (in memory: the status is per node and since process start).
 * A failing task is logged and reported without stopping the others. Thread-safe.
 */
public final class Tidy {
    private static final Log LOG = Log.named("tidy");

    /**
     * One run.
     *
     * @param trigger {@code manual} or {@code periodic}
     * @param pruned entries deleted, by task name
     * @param failed the names of tasks that failed (details in the server log)
     */
    public record Run(String trigger, Instant startedAt, Instant finishedAt, Map<String, Integer> pruned,
            List<String> failed) {
        public Run {
            pruned = Map.copyOf(pruned);
            failed = List.copyOf(failed);
        }
    }

    private final Clock clock;
    private final List<TidyTask> tasks;
    private final Map<String, Instant> lastPeriodic = new HashMap<>();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private Run lastRun;

    public Tidy(Clock clock, List<TidyTask> tasks) {
        this.clock = clock;
        this.tasks = List.copyOf(tasks);
        this.tasks.forEach(task -> totals.put(task.name(), 0L));
    }

    /** Runs every task now. */
    public synchronized Run runAll() {
        return run("manual", tasks);
    }

    /**
     * Runs the tasks whose periodic interval has passed.
     *
     * @throws ReadOnlyStorageException after the run if storage was read-only (Vault ignores it on standbys)
     */
    public synchronized Run runPeriodic() {
        Instant now = clock.instant();
        List<TidyTask> due = tasks.stream().filter(task -> {
            Instant last = lastPeriodic.get(task.name());
            return last == null || !now.isBefore(last.plus(task.periodicInterval()));
        }).toList();
        due.forEach(task -> lastPeriodic.put(task.name(), now));
        return run("periodic", due);
    }

    public synchronized Optional<Run> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** Entries deleted by each task since the process started. */
    public synchronized Map<String, Long> totals() {
        return Map.copyOf(totals);
    }

    private Run run(String trigger, List<TidyTask> selected) {
        Instant started = clock.instant();
        Map<String, Integer> pruned = new LinkedHashMap<>();
        List<String> failed = new java.util.ArrayList<>();
        ReadOnlyStorageException readOnly = null;
        for (TidyTask task : selected) {
            try {
                int count = task.tidy(started);
                pruned.put(task.name(), count);
                totals.merge(task.name(), (long) count, Long::sum);
            } catch (ReadOnlyStorageException e) {
                readOnly = e;
            } catch (RuntimeException e) {
                LOG.error("tidy task failed", e, "task", task.name(), "trigger", trigger);
                failed.add(task.name());
            }
        }
        lastRun = new Run(trigger, started, clock.instant(), pruned, failed);
        if (readOnly != null) {
            throw readOnly;
        }
        return lastRun;
    }
}
