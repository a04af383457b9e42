// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.example;

// tag::example[]
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.framework.SecretType;
import dev.tokenbridge.sdk.logical.BackendFactory;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Storage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small engine: stores a greeting, and issues leased copies of it that are recorded when revoked. */
public final class GreetingBackend {
    public static final BackendFactory FACTORY = config -> new GreetingBackend(config.storage()).backend();

    static final Field<String> MESSAGE = Field.string("message")
            .description("The greeting to store.")
            .required()
            .build();
    static final Field<Duration> TTL = Field.duration("ttl")
            .description("How long the leased copy lasts.")
            .defaultValue(Duration.ofMinutes(5))
            .build();

    private final Storage storage;
    private final SecretType greetingLease = SecretType.builder("greeting")
            .revoke(this::revoke)
            .build();

    GreetingBackend(Storage storage) {
        this.storage = storage;
    }

    Backend backend() {
        return Backend.builder()
                .help("Stores a greeting and hands out leased copies of it.")
                .paths(Path.builder("greeting")
                                .fields(MESSAGE)
                                .operation(Operation.READ, "Read the greeting.", this::read)
                                .operation(Operation.UPDATE, "Store the greeting.", this::write)
                                .helpSynopsis("The stored greeting.")
                                .helpDescription("Write a message here, and read it back.")
                                .build(),
                        Path.builder("lease")
                                .fields(TTL)
                                .operation(Operation.READ, "Issue a leased copy of the greeting.", this::issue)
                                .helpSynopsis("Leased copies of the greeting.")
                                .helpDescription("Each read issues a copy with a lease; revoking it is recorded.")
                                .build())
                .secretTypes(greetingLease)
                .build();
    }

    private Response read(Request request, FieldData data) {
        return storage.getJson("greeting", Greeting.class)
                .map(greeting -> Response.of(Map.of("message", greeting.message())))
                .orElse(null);
    }

    private Response write(Request request, FieldData data) {
        storage.putJson("greeting", new Greeting(data.get(MESSAGE)));
        return null;
    }

    private Response issue(Request request, FieldData data) {
        Greeting greeting = storage.getJson("greeting", Greeting.class).orElse(new Greeting("hello"));
        String id = UUID.randomUUID().toString();
        return Response.withSecret(Map.of("message", greeting.message(), "id", id),
                greetingLease.newSecret(Map.of("id", id), data.get(TTL), data.get(TTL), false));
    }

    private Response revoke(Request request) {
        String id = String.valueOf(request.secret().internalData().get("id"));
        storage.putJson("revoked/" + id, Map.of("id", id));
        return null;
    }

    record Greeting(String message) {}
}
// end::example[]
