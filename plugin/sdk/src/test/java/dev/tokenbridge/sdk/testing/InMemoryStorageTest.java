// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.sdk.logical.ReadOnlyStorageException;
import dev.tokenbridge.sdk.logical.StorageEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryStorageTest {
    private final InMemoryStorage storage = new InMemoryStorage();

    private void put(String... keys) {
        for (String key : keys) {
            storage.putJson(key, Map.of("k", key));
        }
    }

    @Test
    void listingAPrefixGivesItsImmediateChildrenSortedWithFoldersEndingInSlash() {
        put("roles/web", "roles/api", "roles/team/a", "roles/team/b", "rolesx", "config");

        assertEquals(List.of("api", "team/", "web"), storage.list("roles/"));
        assertEquals(List.of("config", "roles/", "rolesx"), storage.list(""));
        assertEquals(List.of(), storage.list("nothing/"));
    }

    @Test
    void entriesRoundTripAsJson() {
        storage.putJson("config", Map.of("issuer", "https://x"));

        assertEquals(Optional.of(Map.of("issuer", "https://x")), storage.getJson("config", Map.class));
        storage.delete("config");
        assertEquals(Optional.empty(), storage.get("config"));
    }

    @Test
    void aReadOnlyStorageRejectsWritesButStillReads() {
        put("config");
        storage.setReadOnly(true);

        assertThrows(ReadOnlyStorageException.class, () -> storage.put(StorageEntry.json("x", Map.of())));
        assertThrows(ReadOnlyStorageException.class, () -> storage.delete("config"));
        assertTrue(storage.get("config").isPresent());

        storage.setReadOnly(false);
        storage.delete("config");
        assertEquals(List.of(), storage.keys());
    }

    @Test
    void concurrentWritersAllLand() throws InterruptedException {
        Thread[] writers = new Thread[8];
        for (int t = 0; t < writers.length; t++) {
            int thread = t;
            writers[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    storage.putJson("w/" + thread + "/" + i, Map.of());
                }
            });
            writers[t].start();
        }
        for (Thread writer : writers) {
            writer.join();
        }

        assertEquals(800, storage.snapshot().size());
        assertEquals(8, storage.list("w/").size());
    }
}
