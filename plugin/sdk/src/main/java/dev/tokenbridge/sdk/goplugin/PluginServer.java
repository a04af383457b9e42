// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import dev.tokenbridge.sdk.backend.BackendService;
import dev.tokenbridge.sdk.backend.MultiplexId;
import dev.tokenbridge.sdk.backend.MultiplexingService;
import dev.tokenbridge.sdk.backend.VersionService;
import dev.tokenbridge.sdk.log.JulBridge;
import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.BackendFactory;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a backend as a Vault plugin: checks the environment, starts the mTLS gRPC server with every
 * service go-plugin and Vault expect, prints the handshake line and serves until Vault stops us.
 */
public final class PluginServer {
    /** Vault accepts request bodies up to 32 MiB by default; leave room for the JSON around them. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final String HOST = "127.0.0.1";
    private static final Log LOG = Log.named("plugin");

    private PluginServer() {}

    /**
     * Serves {@code factory}'s backends until Vault shuts the plugin down; then exits the JVM.
     *
     * @param version the plugin's canonical version ({@code v1.2.3}), reported to Vault
     */
    public static void serve(BackendFactory factory, String version) {
        long started = System.nanoTime();
        // NOTE: stdout belongs to the handshake; anything else printed there breaks Vault's parser.
        PrintStream handshakeOut = System.out;
        System.setOut(System.err);
        JulBridge.install();
        Signals.ignoreInterrupt();
        Handshake handshake;
        try {
            handshake = Handshake.fromEnvironment(System.getenv());
        } catch (Handshake.RefusedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        AutoMtls mtls = AutoMtls.forVaultCertificate(handshake.vaultCertificatePem());
        BrokerService broker = new BrokerService(mtls, MAX_MESSAGE_BYTES);
        BackendService backend = new BackendService(factory, broker);
        ExecutorService executor = boundedExecutor();
        Runnable stop = () -> stop(backend, broker, executor);
        Server server = start(handshake, mtls, builder -> builder
                .executor(executor)
                .addService(ServerInterceptors.intercept(backend, new MultiplexId()))
                .addService(broker)
                .addService(new ControllerService(() -> {
                    stop.run();
                    System.exit(0);
                }))
                .addService(new StdioService())
                .addService(health())
                .addService(new VersionService(version))
                .addService(new MultiplexingService()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stop.run();
        }, "plugin-stop"));
        handshakeOut.println(Handshake.line(HOST, server.getPort(), mtls.handshakeCertificate()));
        handshakeOut.flush();
        LOG.info("plugin serving", "version", version, "port", server.getPort(),
                "startup_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                "jvm_uptime_ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        awaitTermination(server);
    }

    private static Server start(Handshake handshake, AutoMtls mtls,
            java.util.function.UnaryOperator<NettyServerBuilder> services) {
        int span = handshake.maxPort() - handshake.minPort() + 1;
        int offset = ThreadLocalRandom.current().nextInt(span);
        IOException last = null;
        // Like go-plugin, listen inside the host's port range; a random start spreads concurrent plugins.
        for (int i = 0; i < Math.min(span, 200); i++) {
            int port = handshake.minPort() + (offset + i) % span;
            NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(HOST, port))
                    .sslContext(mtls.serverContext())
                    .maxInboundMessageSize(MAX_MESSAGE_BYTES);
            try {
                return services.apply(builder).build().start();
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IllegalStateException("no free port in " + handshake.minPort() + "-" + handshake.maxPort(), last);
    }

    private static io.grpc.BindableService health() {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("plugin", ServingStatus.SERVING);
        return health.getHealthService();
    }

    /**
     * Vault sends one gRPC call per client request, and handlers block on storage calls back into
     * Vault; a fixed pool bounds the threads (and memory) a burst of requests can take.
     */
    private static ExecutorService boundedExecutor() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "plugin-request-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void stop(BackendService backend, BrokerService broker, ExecutorService executor) {
        backend.closeAll();
        broker.close();
        executor.shutdown();
    }

    private static void awaitTermination(Server server) {
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
