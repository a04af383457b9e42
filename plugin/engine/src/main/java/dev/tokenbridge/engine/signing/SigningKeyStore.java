// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Storage;
import dev.tokenbridge.sdk.logical.StorageEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Keeps the key rings in Vault storage, one seal-wrapped entry per algorithm under
 * {@code signing/rings/<algorithm>}, and caches them (and their parsed keys) in memory as derived
 * data: {@link #invalidate(String)} drops the cache when another node changed storage. Changes are
 * read-modify-write under one lock, always starting from storage, and write only if something changed.
 * Thread-safe.
 */
public final class SigningKeyStore {
    /** Every storage key of this store starts with this prefix (declare it seal-wrapped). */
    public static final String PREFIX = "signing/";
    static final String RINGS = PREFIX + "rings/";

    private final Storage storage;
    private final Object writeLock = new Object();
    private final ConcurrentHashMap<Algorithm, Optional<KeyRing>> rings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, KeyMaterial> materials = new ConcurrentHashMap<>();

    public SigningKeyStore(Storage storage) {
        this.storage = storage;
    }

    /** The ring of {@code algorithm} from the cache, read from storage on a miss. */
    Optional<KeyRing> cached(Algorithm algorithm) {
        return rings.computeIfAbsent(algorithm, this::read);
    }

    /** Every ring that exists, from the cache. */
    List<KeyRing> cachedAll() {
        List<KeyRing> all = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            cached(algorithm).ifPresent(all::add);
        }
        return all;
    }

    /** The algorithms that have a ring in storage (read now, not from the cache). */
    List<Algorithm> storedAlgorithms() {
        List<Algorithm> found = new ArrayList<>();
        for (String name : storage.list(RINGS)) {
            for (Algorithm algorithm : Algorithm.values()) {
                if (algorithm.name().equals(name)) {
                    found.add(algorithm);
                }
            }
        }
        return found;
    }

    /**
     * Applies {@code change} to the stored ring (an empty ring if there is none) and stores the result if
     * it differs. Storage errors, including {@code ReadOnlyStorageException} on a standby, pass unchanged.
     *
     * @return the ring as it was in storage and as it now is
     */
    RingUpdate update(Algorithm algorithm, UnaryOperator<KeyRing> change) {
        synchronized (writeLock) {
            KeyRing current = read(algorithm).orElse(KeyRing.empty(algorithm));
            rings.put(algorithm, current.keys().isEmpty() ? Optional.empty() : Optional.of(current));
            KeyRing updated = change.apply(current);
            if (!updated.equals(current)) {
                storage.put(new StorageEntry(RINGS + algorithm.name(), Json.writeBytes(updated), true));
                rings.put(algorithm, Optional.of(updated));
                forgetMaterialsOutside(updated);
            }
            return new RingUpdate(current, updated);
        }
    }

    /** A ring before and after a change (the same ring when nothing changed). */
    record RingUpdate(KeyRing before, KeyRing after) {}

    /** The parsed form of a stored key, parsed once per process. */
    KeyMaterial material(SigningKey key) {
        return materials.computeIfAbsent(key.kid(), kid -> KeyMaterial.parse(key));
    }

    /** The invalidate hook: drops everything cached when a key under {@link #PREFIX} changed elsewhere. */
    public void invalidate(String key) {
        if (key.startsWith(PREFIX)) {
            rings.clear();
            materials.clear();
        }
    }

    private Optional<KeyRing> read(Algorithm algorithm) {
        Optional<KeyRing> ring = storage.getJson(RINGS + algorithm.name(), KeyRing.class);
        if (ring.isPresent() && ring.get().algorithm() != algorithm) {
            throw new InternalException("stored key ring " + algorithm + " is malformed");
        }
        return ring;
    }

    private void forgetMaterialsOutside(KeyRing ring) {
        materials.values().removeIf(material -> material.algorithm() == ring.algorithm()
                && ring.find(material.kid()).isEmpty());
    }

    @Override
    public String toString() {
        return "SigningKeyStore[cached rings=" + rings.size() + "]";
    }
}
