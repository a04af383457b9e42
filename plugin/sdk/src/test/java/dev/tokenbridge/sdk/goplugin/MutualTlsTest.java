// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.proto.goplugin.ConnInfo;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin's TLS over real sockets: TCP for Vault calling us, a unix socket for us calling Vault. */
class MutualTlsTest {
    private final TestIdentity vault = TestIdentity.create();
    private final AutoMtls plugin = AutoMtls.forVaultCertificate(vault.pem());
    private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void close() throws Exception {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void vaultWithItsCertificateCanCallThePlugin() throws Exception {
        server = pluginServer();
        channel = tcpClient(vault);
        assertEquals(ServingStatus.SERVING, health(channel));
    }

    @Test
    void aClientWithoutVaultsCertificateCannotCompleteTheHandshake() throws Exception {
        server = pluginServer();
        channel = tcpClient(TestIdentity.create());
        var error = assertThrows(StatusRuntimeException.class, () -> health(channel));
        assertEquals(io.grpc.Status.Code.UNAVAILABLE, error.getStatus().getCode());
    }

    @Test
    void brokerDialsVaultsUnixSocketWithMutualTls() throws Exception {
        Path socket = Files.createTempDirectory("broker").resolve("plugin.sock");
        server = NettyServerBuilder.forAddress(UnixDomainSocketAddress.of(socket))
                .channelType(NioServerDomainSocketChannel.class)
                .bossEventLoopGroup(loop)
                .workerEventLoopGroup(loop)
                .sslContext(vault.serverContextTrusting(plugin.certificate()))
                .addService(servingHealth())
                .build()
                .start();
        try (BrokerService broker = new BrokerService(plugin, 1 << 20)) {
            StreamObserver<ConnInfo> inbound = broker.startStream(new NoReplies());
            inbound.onNext(ConnInfo.newBuilder().setServiceId(7).setNetwork("unix").setAddress(socket.toString()).build());
            channel = broker.dial(7);
            assertEquals(ServingStatus.SERVING, health(channel));
        }
    }

    @Test
    void brokerGivesUpWhenVaultNeverAnnouncesTheId() {
        try (BrokerService broker = new BrokerService(plugin, 1 << 20)) {
            var error = assertThrows(IllegalStateException.class, () -> broker.dial(99));
            assertEquals("timeout waiting for connection info for broker id 99", error.getMessage());
        }
    }

    private Server pluginServer() throws Exception {
        return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .sslContext(plugin.serverContext())
                .addService(servingHealth())
                .addService(new BrokerService(plugin, 1 << 20))
                .build()
                .start();
    }

    private ManagedChannel tcpClient(TestIdentity client) throws Exception {
        return NettyChannelBuilder.forAddress("127.0.0.1", server.getPort())
                .sslContext(client.clientContextTrusting(plugin.certificate()))
                .overrideAuthority(AutoMtls.AUTHORITY)
                .build();
    }

    private static io.grpc.BindableService servingHealth() {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("plugin", ServingStatus.SERVING);
        return health.getHealthService();
    }

    private static ServingStatus health(ManagedChannel channel) {
        return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().setService("plugin").build()).getStatus();
    }

    private static final class NoReplies implements StreamObserver<ConnInfo> {
        @Override
        public void onNext(ConnInfo value) {}

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onCompleted() {}
    }

}
