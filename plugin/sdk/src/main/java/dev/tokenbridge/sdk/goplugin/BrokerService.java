// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import dev.tokenbridge.proto.goplugin.ConnInfo;
import dev.tokenbridge.proto.goplugin.GRPCBrokerGrpc;
import dev.tokenbridge.sdk.log.Log;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * go-plugin's connection broker. Vault keeps one {@code StartStream} open for the process's life and
 * announces on it, per broker id, the unix socket where it serves storage and the system view for one
 * mount. The announcement may come before or after the {@code Setup} call that names the id, so each
 * id gets a future that either side may create first. Thread-safe.
 */
public final class BrokerService extends GRPCBrokerGrpc.GRPCBrokerImplBase implements BrokerDialer, AutoCloseable {
    /** go-plugin waits this long for a broker announcement before giving up. */
    public static final Duration DIAL_WAIT = Duration.ofSeconds(5);

    private static final Log LOG = Log.named("broker");

    private final Map<Integer, CompletableFuture<ConnInfo>> announcements = new ConcurrentHashMap<>();
    private final AutoMtls mtls;
    private final int maxMessageBytes;
    // NOTE: one small event loop serves every brokered channel; the calls on it are short.
    private final EventLoopGroup eventLoop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    public BrokerService(AutoMtls mtls, int maxMessageBytes) {
        this.mtls = mtls;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public StreamObserver<ConnInfo> startStream(StreamObserver<ConnInfo> toVault) {
        return new StreamObserver<>() {
            @Override
            public void onNext(ConnInfo info) {
                LOG.debug("broker announcement", "service_id", info.getServiceId(), "network", info.getNetwork());
                announcement(info.getServiceId()).complete(info);
            }

            @Override
            public void onError(Throwable t) {
                LOG.debug("broker stream ended", "reason", t.getMessage());
            }

            @Override
            public void onCompleted() {
                toVault.onCompleted();
            }
        };
    }

    /**
     * Dials the Vault service announced under {@code brokerId}, waiting up to {@link #DIAL_WAIT} for the
     * announcement, over mTLS with our certificate.
     *
     * @throws IllegalStateException if no announcement arrives in time or it names an unusable address
     */
    @Override
    public ManagedChannel dial(int brokerId) {
        ConnInfo info = awaitAnnouncement(brokerId);
        announcements.remove(brokerId);
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(socketAddress(info))
                .sslContext(mtls.clientContext())
                .overrideAuthority(AutoMtls.AUTHORITY)
                .maxInboundMessageSize(maxMessageBytes)
                .eventLoopGroup(eventLoop);
        if ("unix".equals(info.getNetwork())) {
            builder.channelType(NioDomainSocketChannel.class, UnixDomainSocketAddress.class);
        }
        return builder.build();
    }

    @Override
    public void close() {
        eventLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private ConnInfo awaitAnnouncement(int brokerId) {
        try {
            return announcement(brokerId).get(DIAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            announcements.remove(brokerId);
            throw new IllegalStateException("timeout waiting for connection info for broker id " + brokerId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for broker id " + brokerId);
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker id " + brokerId + " failed", e.getCause());
        }
    }

    private CompletableFuture<ConnInfo> announcement(int brokerId) {
        return announcements.computeIfAbsent(brokerId, id -> new CompletableFuture<>());
    }

    private static SocketAddress socketAddress(ConnInfo info) {
        switch (info.getNetwork()) {
            case "unix":
                return UnixDomainSocketAddress.of(info.getAddress());
            case "tcp":
                int colon = info.getAddress().lastIndexOf(':');
                return new java.net.InetSocketAddress(info.getAddress().substring(0, colon),
                        Integer.parseInt(info.getAddress().substring(colon + 1)));
            default:
                throw new IllegalStateException("unsupported broker network " + info.getNetwork());
        }
    }
}
