// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.revocation;

import dev.tokenbridge.sdk.logical.Storage;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Role watermarks, one entry per role under {@value #PREFIX}. They are kept when the role is deleted, so
 * tokens issued before a watermark stay revoked. All of them are cached until a write or an invalidation.
 * Thread-safe.
 */
public final class WatermarkStore {
    public static final String PREFIX = "revoked-before/";

    private final Storage storage;
    private final Cached<Map<String, Watermark>> all;

    public WatermarkStore(Storage storage) {
        this.storage = storage;
        this.all = new Cached<>(this::load);
    }

    public Optional<Watermark> get(String role) {
        return Optional.ofNullable(all.get().get(role));
    }

    /** Whether the role's watermark revokes a token issued at {@code iat}. */
    public boolean covers(String role, long iat) {
        return get(role).map(watermark -> watermark.covers(iat)).orElse(false);
    }

    /** Every watermark by role name, sorted by name. */
    public Map<String, Watermark> all() {
        return all.get();
    }

    public void put(Watermark watermark) {
        try {
            storage.putJson(PREFIX + watermark.role(), watermark);
        } finally {
            all.invalidate();
        }
    }

    /** Drops the cache if another node changed a watermark. */
    public void invalidate(String key) {
        if (key.startsWith(PREFIX)) {
            all.invalidate();
        }
    }

    private Map<String, Watermark> load() {
        Map<String, Watermark> watermarks = new TreeMap<>();
        for (String role : storage.list(PREFIX)) {
            if (!role.endsWith("/")) {
                storage.getJson(PREFIX + role, Watermark.class).ifPresent(w -> watermarks.put(role, w));
            }
        }
        return Collections.unmodifiableMap(watermarks);
    }
}
