// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token;

import dev.tokenbridge.sdk.logical.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Opaque token records in Vault storage, one entry per live token under {@value #PREFIX} followed by the
 * token's SHA-256. Revoking the lease deletes the entry; {@link #prune} removes any left behind.
 */
public final class OpaqueTokenStore {
    public static final String PREFIX = "opaque/";

    private final Storage storage;

    public OpaqueTokenStore(Storage storage) {
        this.storage = storage;
    }

    public Optional<OpaqueTokenRecord> get(String tokenHash) {
        return storage.getJson(PREFIX + tokenHash, OpaqueTokenRecord.class);
    }

    public void put(String tokenHash, OpaqueTokenRecord record) {
        storage.putJson(PREFIX + tokenHash, record);
    }

    /** Deletes the record; deleting one that is gone is not an error. */
    public void delete(String tokenHash) {
        storage.delete(PREFIX + tokenHash);
    }

    /** Deletes records whose token expired more than {@code skew} ago; returns how many. */
    public int prune(Instant now, Duration skew) {
        int pruned = 0;
        for (String hash : storage.list(PREFIX)) {
            if (hash.endsWith("/")) {
                continue;
            }
            Optional<OpaqueTokenRecord> record = get(hash);
            if (record.isPresent() && record.get().exp() + skew.toSeconds() <= now.getEpochSecond()) {
                delete(hash);
                pruned++;
            }
        }
        return pruned;
    }

    /** How many records are stored (live tokens, plus expired ones not yet pruned). */
    public int count() {
        return (int) storage.list(PREFIX).stream().filter(key -> !key.endsWith("/")).count();
    }
}
