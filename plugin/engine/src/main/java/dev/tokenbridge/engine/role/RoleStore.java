// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.Storage;
import java.util.List;
import java.util.Optional;

/** Reads and writes roles in Vault storage, one entry per role under {@value #PREFIX}. */
public final class RoleStore {
    public static final String PREFIX = "roles/";

    private final Storage storage;

    public RoleStore(Storage storage) {
        this.storage = storage;
    }

    public Optional<Role> get(String name) {
        return storage.getJson(PREFIX + name, Role.class);
    }

    public void put(Role role) {
        storage.putJson(PREFIX + role.name(), role);
    }

    public void delete(String name) {
        storage.delete(PREFIX + name);
    }

    /** The role names, sorted. */
    public List<String> list() {
        return storage.list(PREFIX).stream().filter(key -> !key.endsWith("/")).toList();
    }
}
