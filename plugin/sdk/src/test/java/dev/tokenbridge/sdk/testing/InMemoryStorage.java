// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.testing;

import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.Storage;
import dev.tokenbridge.sdk.logical.StorageEntry;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Vault storage in memory, for tests. Keys are kept sorted; {@link #list} answers like Vault: the
 * immediate children of a prefix, sorted, with "folders" ending in {@code /}. It can be switched to
 * read-only, as a standby node's storage is, so that writes throw {@link ReadOnlyStorageException}.
 * Thread-safe.
 */
public final class InMemoryStorage implements Storage {
    private final ConcurrentSkipListMap<String, StorageEntry> entries = new ConcurrentSkipListMap<>();
    private volatile boolean readOnly;

    @Override
    public List<String> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        NavigableSet<String> children = new TreeSet<>();
        for (String key : entries.tailMap(prefix).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            String rest = key.substring(prefix.length());
            int slash = rest.indexOf('/');
            children.add(slash < 0 ? rest : rest.substring(0, slash + 1));
        }
        return List.copyOf(children);
    }

    @Override
    public Optional<StorageEntry> get(String key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void put(StorageEntry entry) {
        checkWritable();
        entries.put(entry.key(), entry);
    }

    @Override
    public void delete(String key) {
        checkWritable();
        entries.remove(Objects.requireNonNull(key, "key"));
    }

    /** Makes writes fail (true) as on a standby, or succeed again (false). */
    public void setReadOnly(boolean value) {
        this.readOnly = value;
    }

    /** Every key, sorted. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** A snapshot of every entry by key, sorted. */
    public SortedMap<String, StorageEntry> snapshot() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyStorageException();
        }
    }

    @Override
    public String toString() {
        return "InMemoryStorage[" + entries.size() + " entries" + (readOnly ? ", read-only" : "") + "]";
    }
}
