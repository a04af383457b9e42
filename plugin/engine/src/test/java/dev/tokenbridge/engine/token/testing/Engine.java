// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.token.testing;

import dev.tokenbridge.engine.TokenBackend;
import dev.tokenbridge.engine.testing.MutableClock;
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.testing.InMemoryStorage;
import dev.tokenbridge.sdk.testing.TestSystemView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole engine as Vault drives it ({@link TokenBackend} with in-memory storage, a test system view
 * and a hand-moved clock), with shortcuts for the requests the tests repeat.
 */
public final class Engine {
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    public static final String ISSUER = "https://vault.example.test/v1/tokens";

    public final InMemoryStorage storage = new InMemoryStorage();
    public final TestSystemView system = new TestSystemView();
    public final MutableClock clock = new MutableClock(START);
    public final Backend backend = TokenBackend.create(new BackendConfig(storage, system, Map.of(), "uuid"), clock);

    /** Configures the issuer, with ES256 as default algorithm (fast key generation). */
    public Engine configured() {
        call(Operation.UPDATE, "config", Map.of("issuer", ISSUER, "default_algorithm", "ES256"));
        return this;
    }

    /** Writes a role. */
    public Engine role(String name, Map<String, Object> fields) {
        call(Operation.CREATE, "roles/" + name, fields);
        return this;
    }

    public Response call(Operation operation, String path, Map<String, Object> data) {
        return backend.handleRequest(Request.of(operation, path, data));
    }

    /** A request as a caller with this entity (may be empty) and display name would send it. */
    public Response as(String entityId, String displayName, Operation operation, String path, Map<String, Object> data) {
        return backend.handleRequest(new Request("req", operation, path, data, null, displayName, entityId, "",
                "tokens/", "mount_accessor", false, Map.of(), ""));
    }

    /** Issues a token under a role as a caller without an entity named "app". */
    public Response issue(String role) {
        return as("", "app", Operation.READ, "creds/" + role, Map.of());
    }

    public Response issue(String role, Map<String, Object> data) {
        return as("", "app", Operation.UPDATE, "creds/" + role, data);
    }

    /** Vault's revoke of an issued token's lease, with the internal data after Vault's float64 round trip. */
    public Response revokeLease(Response issued) {
        return lease(Operation.REVOKE, issued, Duration.ZERO);
    }

    /** Vault's renew of an issued token's lease. */
    public Response renewLease(Response issued, Duration increment) {
        return lease(Operation.RENEW, issued, increment);
    }

    private Response lease(Operation operation, Response issued, Duration increment) {
        Secret secret = issued.secret();
        var options = secret.leaseOptions();
        var replayed = new dev.tokenbridge.sdk.logical.LeaseOptions(options.ttl(), options.maxTtl(),
                options.renewable(), increment, options.issueTime());
        Request request = Request.of(operation, "creds/role", issued.data())
                .withSecret(new Secret(replayed, afterFloat64(secret.internalData()), "tokens/creds/role/abc"));
        return backend.handleRequest(request);
    }

    /** Internal data as Vault hands it back: JSON numbers that went through a float64, e.g. 1.8934560E9. */
    public static Map<String, Object> afterFloat64(Map<String, Object> internal) {
        Map<String, Object> out = new LinkedHashMap<>();
        Json.parseObject(Json.write(internal)).forEach((key, value) -> out.put(key,
                value instanceof BigDecimal number ? new BigDecimal(Double.toString(number.doubleValue())) : value));
        return out;
    }

    /** Storage keys, without the signing package's. */
    public List<String> keys() {
        return storage.keys().stream().filter(key -> !key.startsWith("signing/")).toList();
    }
}
