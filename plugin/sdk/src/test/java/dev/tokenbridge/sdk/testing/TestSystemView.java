// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.testing;

import dev.tokenbridge.sdk.logical.Identity;
import dev.tokenbridge.sdk.logical.PluginEnvironment;
import dev.tokenbridge.sdk.logical.SystemView;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A system view for tests, with Vault's defaults (768h default and maximum lease TTL, no replication)
 * that each test may change: mount TTLs as if tuned, identity entities and groups, the server version.
 * Thread-safe.
 */
public final class TestSystemView implements SystemView {
    /** Vault's default and maximum lease TTL when nothing is tuned. */
    public static final Duration VAULT_DEFAULT_TTL = Duration.ofHours(768);

    private volatile Duration defaultLeaseTtl = VAULT_DEFAULT_TTL;
    private volatile Duration maxLeaseTtl = VAULT_DEFAULT_TTL;
    private volatile boolean localMount;
    private volatile int replicationState;
    private volatile PluginEnvironment environment = new PluginEnvironment("1.21.4", "", "");
    private final ConcurrentHashMap<String, Identity.Entity> entities = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Identity.Group>> groups = new ConcurrentHashMap<>();

    @Override
    public Duration defaultLeaseTtl() {
        return defaultLeaseTtl;
    }

    @Override
    public Duration maxLeaseTtl() {
        return maxLeaseTtl;
    }

    @Override
    public Optional<Identity.Entity> entityInfo(String entityId) {
        return Optional.ofNullable(entities.get(entityId));
    }

    @Override
    public List<Identity.Group> groupsForEntity(String entityId) {
        return groups.getOrDefault(entityId, List.of());
    }

    @Override
    public boolean localMount() {
        return localMount;
    }

    @Override
    public int replicationState() {
        return replicationState;
    }

    @Override
    public PluginEnvironment pluginEnvironment() {
        return environment;
    }

    /** Sets the mount's default lease TTL, as {@code vault secrets tune -default-lease-ttl} would. */
    public TestSystemView setDefaultLeaseTtl(Duration ttl) {
        this.defaultLeaseTtl = Objects.requireNonNull(ttl, "ttl");
        return this;
    }

    /** Sets the mount's maximum lease TTL, as {@code vault secrets tune -max-lease-ttl} would. */
    public TestSystemView setMaxLeaseTtl(Duration ttl) {
        this.maxLeaseTtl = Objects.requireNonNull(ttl, "ttl");
        return this;
    }

    /** Adds or replaces an identity entity. */
    public TestSystemView putEntity(Identity.Entity entity) {
        entities.put(entity.id(), entity);
        return this;
    }

    /** Sets the groups an entity belongs to. */
    public TestSystemView putGroups(String entityId, List<Identity.Group> entityGroups) {
        groups.put(entityId, List.copyOf(entityGroups));
        return this;
    }

    public TestSystemView setLocalMount(boolean value) {
        this.localMount = value;
        return this;
    }

    public TestSystemView setReplicationState(int value) {
        this.replicationState = value;
        return this;
    }

    public TestSystemView setPluginEnvironment(PluginEnvironment value) {
        this.environment = Objects.requireNonNull(value, "environment");
        return this;
    }
}
