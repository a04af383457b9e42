// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;

/** {@code roles/}: the names of all roles. */
public final class RoleListPath {
    private final RoleStore store;

    public RoleListPath(RoleStore store) {
        this.store = store;
    }

    public Path path() {
        return Path.builder("roles/?")
                .operation(Operation.LIST, "List the role names.", this::list)
                .helpSynopsis("List the roles.")
                .helpDescription("Lists the names of the roles tokens can be issued under (creds/<name>).")
                .build();
    }

    private Response list(Request request, FieldData data) {
        return Response.list(store.list());
    }
}
