// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.sdk;

import dev.tokenbridge.it.support.TestEnvironment;
import dev.tokenbridge.it.support.VaultCli;
import dev.tokenbridge.it.support.VaultExtension;
import dev.tokenbridge.it.support.VaultServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One dev Vault per test run with the SDK's example plugin file registered twice, as Vault users
 * would: {@code greeting} (the example engine) and {@code field-types} (the same file with
 * {@code -args=field-types}), mounted at {@code greeting/} and {@code fields/}.
 */
final class ExampleVault implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleVault.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(),
                Running.class);
    }

    VaultCli cli() {
        return running.server.cli();
    }

    VaultServer server() {
        return running.server;
    }

    /** Sends a request with the root token and returns status and body. */
    HttpResponse<String> http(String method, String apiPath, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.server.address() + apiPath))
                .header("X-Vault-Token", running.server.rootToken())
                .timeout(Duration.ofSeconds(30));
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Running implements AutoCloseable {
        private final VaultServer server;

        private Running(VaultServer server) {
            this.server = server;
        }

        static Running start() {
            try {
                Path example = Path.of(System.getProperty("tokenbridge.example.file")).toAbsolutePath();
                VaultServer server = VaultServer.start(TestEnvironment.vaultBinary(), List.of(example));
                try {
                    VaultCli cli = server.cli();
                    String sha256 = VaultExtension.sha256(server.pluginDirectory().resolve("greeting"));
                    String java = "-env=JAVA_HOME=" + System.getProperty("java.home");
                    cli.run("plugin", "register", "-sha256=" + sha256, java, "secret", "greeting").assertSuccess();
                    cli.run("plugin", "register", "-sha256=" + sha256, java, "-command=greeting",
                            "-args=field-types", "secret", "field-types").assertSuccess();
                    cli.run("secrets", "enable", "-path=greeting", "greeting").assertSuccess();
                    cli.run("secrets", "enable", "-path=fields", "field-types").assertSuccess();
                    return new Running(server);
                } catch (RuntimeException | Error e) {
                    server.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
