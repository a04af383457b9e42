// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.List;
import java.util.Optional;

/**
 * The mount's view of Vault storage. Keys are relative to the mount; {@link #list} returns the
 * immediate children of a prefix, with "folders" ending in {@code /}. Implementations are thread-safe.
 * Failures are {@link PluginException}s; a write on a read-only node throws {@link ReadOnlyStorageException}.
 */
public interface Storage {
    List<String> list(String prefix);

    Optional<StorageEntry> get(String key);

    void put(StorageEntry entry);

    void delete(String key);

    /** Reads the entry at {@code key} as JSON of {@code type}. */
    default <T> Optional<T> getJson(String key, Class<T> type) {
        return get(key).map(entry -> entry.decode(type));
    }

    /** Writes {@code value} as JSON at {@code key}. */
    default void putJson(String key, Object value) {
        put(StorageEntry.json(key, value));
    }
}
