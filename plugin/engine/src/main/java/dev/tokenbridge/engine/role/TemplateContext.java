// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import dev.tokenbridge.sdk.logical.Identity;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.SystemView;
import java.util.List;
import java.util.Optional;

/**
 * What templates are resolved from: the caller's entity and groups (looked up in Vault's identity store
 * only when a template needs them, at most once per request), its display name and the role's name.
 * Not thread-safe; one per request.
 */
public final class TemplateContext {
    private final String entityId;
    private final String displayName;
    private final String roleName;
    private final SystemView systemView;
    private Optional<Identity.Entity> entity;
    private List<String> groupNames;

    public TemplateContext(Request request, SystemView systemView, String roleName) {
        this.entityId = request.entityId();
        this.displayName = request.displayName();
        this.roleName = roleName;
        this.systemView = systemView;
    }

    /** The caller's entity, or empty if the caller has none (e.g. a root token). */
    public Optional<Identity.Entity> entity() {
        if (entity == null) {
            entity = entityId.isEmpty() ? Optional.empty() : systemView.entityInfo(entityId);
        }
        return entity;
    }

    /** The names of the groups the caller's entity belongs to, sorted. */
    public List<String> groupNames() {
        if (groupNames == null) {
            groupNames = entityId.isEmpty() ? List.of()
                    : systemView.groupsForEntity(entityId).stream().map(Identity.Group::name).sorted().toList();
        }
        return groupNames;
    }

    public String entityId() {
        return entityId;
    }

    public String displayName() {
        return displayName;
    }

    public String roleName() {
        return roleName;
    }
}
