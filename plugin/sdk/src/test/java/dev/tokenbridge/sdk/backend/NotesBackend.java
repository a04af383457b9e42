// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.framework.Field;
import dev.tokenbridge.sdk.logical.BackendFactory;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Storage;
import java.util.Map;

/** A one-path backend for tests of the gRPC service: {@code greeting} stores and returns a message. */
final class NotesBackend {
    static final BackendFactory FACTORY = config -> create(config.storage());

    private static final Field<String> MESSAGE = Field.string("message").description("The message.").build();

    private NotesBackend() {}

    private static Backend create(Storage storage) {
        return Backend.builder()
                .help("Test backend.")
                .paths(dev.tokenbridge.sdk.framework.Path.builder("greeting")
                        .fields(MESSAGE)
                        .operation(Operation.READ, "Read.", (request, data) -> storage.getJson("greeting", Map.class)
                                .map(stored -> Response.of(Map.of("message", stored.get("message"))))
                                .orElse(null))
                        .operation(Operation.UPDATE, "Write.", (request, data) -> {
                            storage.putJson("greeting", Map.of("message", data.get(MESSAGE)));
                            return null;
                        })
                        .helpSynopsis("A message.")
                        .helpDescription("Stores one message.")
                        .build())
                .build();
    }
}
