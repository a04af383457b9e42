// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.proto.pb.BackendGrpc;
import dev.tokenbridge.proto.pb.Empty;
import dev.tokenbridge.proto.pb.HandleExistenceCheckArgs;
import dev.tokenbridge.proto.pb.HandleExistenceCheckReply;
import dev.tokenbridge.proto.pb.HandleRequestArgs;
import dev.tokenbridge.proto.pb.HandleRequestReply;
import dev.tokenbridge.proto.pb.InitializeArgs;
import dev.tokenbridge.proto.pb.InitializeReply;
import dev.tokenbridge.proto.pb.InvalidateKeyArgs;
import dev.tokenbridge.proto.pb.SetupArgs;
import dev.tokenbridge.proto.pb.SetupReply;
import dev.tokenbridge.proto.pb.SpecialPathsReply;
import dev.tokenbridge.proto.pb.TypeReply;
import dev.tokenbridge.sdk.goplugin.BrokerDialer;
import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.BackendFactory;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.PluginException;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vault's {@code pb.Backend} service. Each mount is set up under its own multiplex id with its own
 * brokered channel; every later call is routed to that mount's backend. Thread-safe.
 */
public final class BackendService extends BackendGrpc.BackendImplBase {
    /** {@code logical.TypeLogical}: this plugin is a secrets engine. */
    private static final int TYPE_LOGICAL = 1;
    private static final Log LOG = Log.named("backend");

    private final BackendFactory factory;
    private final BrokerDialer broker;
    private final Map<String, Mount> mounts = new ConcurrentHashMap<>();

    public BackendService(BackendFactory factory, BrokerDialer broker) {
        this.factory = factory;
        this.broker = broker;
    }

    @Override
    public void setup(SetupArgs args, StreamObserver<SetupReply> reply) {
        String id = MultiplexId.current();
        String error = "";
        try {
            ManagedChannel vault = broker.dial(args.getBrokerId());
            try {
                var config = new BackendConfig(new StorageClient(vault), new SystemViewClient(vault),
                        args.getConfigMap(), args.getBackendUUID());
                Mount previous = mounts.put(id, new Mount(factory.create(config), vault));
                if (previous != null) {
                    previous.close();
                }
                LOG.debug("mount set up", "multiplex_id", id, "mounts", mounts.size());
            } catch (RuntimeException e) {
                vault.shutdownNow();
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("setup failed", e, "multiplex_id", id);
            error = "tokenbridge setup failed: " + e.getMessage();
        }
        answer(reply, SetupReply.newBuilder().setErr(error).build());
    }

    @Override
    public void type(Empty request, StreamObserver<TypeReply> reply) {
        answer(reply, TypeReply.newBuilder().setType(TYPE_LOGICAL).build());
    }

    @Override
    public void specialPaths(Empty request, StreamObserver<SpecialPathsReply> reply) {
        withMount(reply, mount -> SpecialPathsReply.newBuilder()
                .setPaths(WireCodec.toWire(mount.backend().specialPaths())).build());
    }

    @Override
    public void initialize(InitializeArgs request, StreamObserver<InitializeReply> reply) {
        withMount(reply, mount -> {
            try {
                mount.backend().initialize();
                return InitializeReply.getDefaultInstance();
            } catch (PluginException e) {
                return InitializeReply.newBuilder().setErr(WireCodec.toWire(e)).build();
            } catch (RuntimeException e) {
                LOG.error("initialize failed", e);
                return InitializeReply.newBuilder().setErr(WireCodec.toWire(new InternalException("initialize"))).build();
            }
        });
    }

    @Override
    public void handleRequest(HandleRequestArgs args, StreamObserver<HandleRequestReply> reply) {
        withMount(reply, mount -> Replies.handleRequest(
                () -> mount.backend().handleRequest(WireCodec.toRequest(args.getRequest()))));
    }

    @Override
    public void handleExistenceCheck(HandleExistenceCheckArgs args, StreamObserver<HandleExistenceCheckReply> reply) {
        withMount(reply, mount -> Replies.existenceCheck(
                () -> mount.backend().existenceCheck(WireCodec.toRequest(args.getRequest()))));
    }

    @Override
    public void invalidateKey(InvalidateKeyArgs args, StreamObserver<Empty> reply) {
        withMount(reply, mount -> {
            mount.backend().invalidateKey(args.getKey());
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void cleanup(Empty request, StreamObserver<Empty> reply) {
        Mount mount = mounts.remove(MultiplexId.current());
        if (mount != null) {
            try {
                mount.close();
            } catch (RuntimeException e) {
                LOG.error("cleanup failed", e);
            }
        }
        answer(reply, Empty.getDefaultInstance());
    }

    /** Closes every mount (process shutdown). */
    public void closeAll() {
        mounts.keySet().forEach(id -> {
            Mount mount = mounts.remove(id);
            if (mount != null) {
                try {
                    mount.close();
                } catch (RuntimeException e) {
                    LOG.error("cleanup failed", e);
                }
            }
        });
    }

    private <T> void withMount(StreamObserver<T> reply, java.util.function.Function<Mount, T> call) {
        String id = MultiplexId.current();
        Mount mount = mounts.get(id);
        if (mount == null) {
            reply.onError(Status.FAILED_PRECONDITION
                    .withDescription("no backend is set up for multiplex id " + id).asRuntimeException());
            return;
        }
        answer(reply, call.apply(mount));
    }

    private static <T> void answer(StreamObserver<T> reply, T value) {
        reply.onNext(value);
        reply.onCompleted();
    }
}
