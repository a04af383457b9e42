// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.proto.pb.Empty;
import dev.tokenbridge.proto.pb.EntityInfoArgs;
import dev.tokenbridge.proto.pb.SystemViewGrpc;
import dev.tokenbridge.sdk.logical.Identity;
import dev.tokenbridge.sdk.logical.PluginEnvironment;
import dev.tokenbridge.sdk.logical.SystemView;
import io.grpc.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The mount's system view, served by Vault over the brokered connection. Thread-safe. */
public final class SystemViewClient implements SystemView {
    private static final Empty EMPTY = Empty.getDefaultInstance();

    private final SystemViewGrpc.SystemViewBlockingStub stub;

    public SystemViewClient(Channel vault) {
        this.stub = SystemViewGrpc.newBlockingStub(vault);
    }

    @Override
    public Duration defaultLeaseTtl() {
        return Duration.ofNanos(VaultCalls.call("default lease ttl", () -> stub().defaultLeaseTTL(EMPTY)).getTTL());
    }

    @Override
    public Duration maxLeaseTtl() {
        return Duration.ofNanos(VaultCalls.call("max lease ttl", () -> stub().maxLeaseTTL(EMPTY)).getTTL());
    }

    @Override
    public Optional<Identity.Entity> entityInfo(String entityId) {
        var reply = VaultCalls.call("entity info", () ->
                stub().entityInfo(EntityInfoArgs.newBuilder().setEntityId(entityId).build()));
        VaultCalls.checkError("entity info", reply.getErr());
        if (!reply.hasEntity()) {
            return Optional.empty();
        }
        var e = reply.getEntity();
        List<Identity.Alias> aliases = e.getAliasesList().stream()
                .map(a -> new Identity.Alias(a.getID(), a.getMountType(), a.getMountAccessor(), a.getName(),
                        a.getMetadataMap()))
                .toList();
        return Optional.of(new Identity.Entity(e.getID(), e.getName(), aliases, e.getMetadataMap(), e.getDisabled(),
                e.getNamespaceId()));
    }

    @Override
    public List<Identity.Group> groupsForEntity(String entityId) {
        var reply = VaultCalls.call("groups for entity", () ->
                stub().groupsForEntity(EntityInfoArgs.newBuilder().setEntityId(entityId).build()));
        VaultCalls.checkError("groups for entity", reply.getErr());
        return reply.getGroupsList().stream()
                .map(g -> new Identity.Group(g.getID(), g.getName(), g.getMetadataMap(), g.getNamespaceId()))
                .toList();
    }

    @Override
    public boolean localMount() {
        return VaultCalls.call("local mount", () -> stub().localMount(EMPTY)).getLocal();
    }

    @Override
    public int replicationState() {
        return VaultCalls.call("replication state", () -> stub().replicationState(EMPTY)).getState();
    }

    @Override
    public PluginEnvironment pluginEnvironment() {
        var reply = VaultCalls.call("plugin env", () -> stub().pluginEnv(EMPTY));
        VaultCalls.checkError("plugin env", reply.getErr());
        var env = reply.getPluginEnvironment();
        return new PluginEnvironment(env.getVaultVersion(), env.getVaultVersionPrerelease(),
                env.getVaultVersionMetadata());
    }

    private SystemViewGrpc.SystemViewBlockingStub stub() {
        return stub.withDeadlineAfter(VaultCalls.CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
