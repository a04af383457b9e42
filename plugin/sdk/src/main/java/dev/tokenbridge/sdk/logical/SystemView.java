// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What Vault tells a mount about itself and the server: the mount's (tuned) lease TTLs, identity,
 * replication. Implementations are thread-safe; failures are {@link PluginException}s.
 */
public interface SystemView {
    /** The mount's default lease TTL. */
    Duration defaultLeaseTtl();

    /** The mount's maximum lease TTL. */
    Duration maxLeaseTtl();

    /** The entity with this id, or empty if there is none. */
    Optional<Identity.Entity> entityInfo(String entityId);

    /** The groups the entity belongs to (directly or by inheritance). */
    List<Identity.Group> groupsForEntity(String entityId);

    /** Whether the mount is local (not replicated). */
    boolean localMount();

    /** Vault's replication state bit flags (0 when replication is off). */
    int replicationState();

    /** The Vault server's version. */
    PluginEnvironment pluginEnvironment();
}
