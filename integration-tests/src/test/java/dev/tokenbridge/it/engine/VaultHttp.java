// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tokenbridge.it.support.VaultServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Plain HTTP calls to Vault's API, with or without the root token, for what the CLI hides: status
 * codes, headers and unauthenticated paths. Thread-safe.
 */
public final class VaultHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String address;
  private final String rootToken;

  /** Calls to {@code server} (its address and root token). */
  public VaultHttp(VaultServer server) {
    this.address = server.address();
    this.rootToken = server.rootToken();
  }

  /** The API address, such as {@code http://127.0.0.1:41234}. */
  public String address() {
    return address;
  }

  /** {@code GET <apiPath>} without any Vault token, as a resource server would call it. */
  public HttpResponse<String> getWithoutToken(String apiPath) {
    return send(request(apiPath, Optional.empty()).GET());
  }

  /** {@code GET <apiPath>} with the root token. */
  public HttpResponse<String> get(String apiPath) {
    return send(request(apiPath, Optional.of(rootToken)).GET());
  }

  /** {@code POST <apiPath>} with a JSON body and the root token. */
  public HttpResponse<String> post(String apiPath, String jsonBody) {
    return send(request(apiPath, Optional.of(rootToken))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /** The body as a JSON object; fails with the status and body if it is not one. */
  public static JsonObject json(HttpResponse<String> response) {
    try {
      return JsonParser.parseString(response.body()).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object: " + describe(response), e);
    }
  }

  /** Method, URI, status, headers and body, for failure messages. */
  public static String describe(HttpResponse<String> response) {
    return response.request().method() + " " + response.uri() + " -> " + response.statusCode()
        + " " + response.headers().map() + "\n" + response.body();
  }

  private HttpRequest.Builder request(String apiPath, Optional<String> token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(address + apiPath)).timeout(TIMEOUT);
    token.ifPresent(value -> builder.header("X-Vault-Token", value));
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during an HTTP call to Vault", e);
    }
  }
}
