// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.sdk.logical.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tokens revoked before their {@code exp}, stored as {@code revoked/<bucket>/<jti>} where the bucket is
 * the start of the minute (unix seconds) the token expires in. Each revocation is its own small entry.
 * Pruning deletes whole buckets whose minute, plus the allowed clock skew, has passed, without reading
 * them, and reads only the one bucket the cut-off falls in, so an entry goes within one tidy of
 * {@code exp + skew} and live buckets are never read. Minute buckets keep that promise exact at the
 * cost of at most one folder per minute of the longest TTL (1,440 for a day). The full list is cached
 * until a write or an invalidation. Thread-safe.
 */
public final class DenyList {
    public static final String PREFIX = "revoked/";
    static final long BUCKET_SECONDS = 60;

    private final Storage storage;
    private final Cached<List<DenyListEntry>> all;

    public DenyList(Storage storage) {
        this.storage = storage;
        this.all = new Cached<>(this::load);
    }

    /** The storage key of a token's entry. */
    static String key(String jti, long exp) {
        return PREFIX + bucket(exp) + "/" + jti;
    }

    static long bucket(long exp) {
        return Math.floorDiv(exp, BUCKET_SECONDS) * BUCKET_SECONDS;
    }

    /** Records a revocation; returns only once storage has it. Writing the same entry again is harmless. */
    public void add(DenyListEntry entry) {
        try {
            storage.putJson(key(entry.jti(), entry.exp()), entry);
        } finally {
            all.invalidate();
        }
    }

    /** Whether the token with this {@code jti} and {@code exp} is revoked (read from storage, not the cache). */
    public boolean contains(String jti, long exp) {
        return storage.get(key(jti, exp)).isPresent();
    }

    /** Whether any live entry has this {@code jti}, for tokens whose entry bucket is not known. */
    public boolean containsJti(String jti, Instant now) {
        return live(now).stream().anyMatch(entry -> entry.jti().equals(jti));
    }

    /** Entries whose token has not expired yet, ordered by {@code exp} then {@code jti}. */
    public List<DenyListEntry> live(Instant now) {
        long seconds = now.getEpochSecond();
        return all.get().stream().filter(entry -> entry.exp() > seconds).toList();
    }

    /**
     * Deletes every entry whose {@code exp + skew} has passed; never one whose {@code exp + skew} is
     * still ahead. Returns the number of entries deleted.
     */
    public int prune(Instant now, Duration skew) {
        long cutOff = now.getEpochSecond() - skew.toSeconds();
        int pruned = 0;
        try {
            for (long bucket : buckets()) {
                if (bucket >= cutOff) {
                    break;
                }
                boolean wholeBucketExpired = bucket + BUCKET_SECONDS <= cutOff;
                for (String jti : storage.list(PREFIX + bucket + "/")) {
                    String key = PREFIX + bucket + "/" + jti;
                    if (wholeBucketExpired || storage.getJson(key, DenyListEntry.class)
                            .map(entry -> entry.exp() < cutOff).orElse(true)) {
                        storage.delete(key);
                        pruned++;
                    }
                }
            }
        } finally {
            if (pruned > 0) {
                all.invalidate();
            }
        }
        return pruned;
    }

    /** Drops the cache if another node changed an entry. */
    public void invalidate(String key) {
        if (key.startsWith(PREFIX)) {
            all.invalidate();
        }
    }

    private List<Long> buckets() {
        List<Long> buckets = new ArrayList<>();
        for (String folder : storage.list(PREFIX)) {
            if (folder.endsWith("/")) {
                parseBucket(folder.substring(0, folder.length() - 1)).ifPresent(buckets::add);
            }
        }
        buckets.sort(Comparator.naturalOrder());
        return buckets;
    }

    private List<DenyListEntry> load() {
        List<DenyListEntry> entries = new ArrayList<>();
        for (long bucket : buckets()) {
            for (String jti : storage.list(PREFIX + bucket + "/")) {
                storage.getJson(PREFIX + bucket + "/" + jti, DenyListEntry.class).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparingLong(DenyListEntry::exp).thenComparing(DenyListEntry::jti));
        return List.copyOf(entries);
    }

    private static Optional<Long> parseBucket(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
