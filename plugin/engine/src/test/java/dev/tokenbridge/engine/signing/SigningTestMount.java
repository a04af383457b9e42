// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import com.nimbusds.jose.jwk.JWKSet;
import dev.tokenbridge.engine.TokenBackend;
import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.engine.testing.MutableClock;
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.testing.InMemoryStorage;
import dev.tokenbridge.sdk.testing.TestSystemView;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mount for tests: the engine from {@link TokenBackend#create} on in-memory storage with a hand-moved
 * clock, and a {@link KeyRingSigner} on the same storage standing in for the issuing code. The two
 * keep separate caches and tell each other about writes through {@code invalidate}, as two nodes would.
 */
public final class SigningTestMount {
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    public final InMemoryStorage storage = new InMemoryStorage();
    public final TestSystemView systemView = new TestSystemView();
    public final MutableClock clock = new MutableClock(START);
    public final Backend backend = TokenBackend.create(new BackendConfig(storage, systemView, Map.of(), "uuid"), clock);
    final SigningKeyStore signerStore = new SigningKeyStore(storage);
    public final KeyRingSigner signer = new KeyRingSigner(signerStore, new ConfigStore(storage), clock);

    /** Configures the mount (issuer and any other config fields). */
    public SigningTestMount configure(Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>(fields);
        data.putIfAbsent("issuer", "https://vault.example.test/v1/tokens");
        call(Operation.UPDATE, "config", data);
        return this;
    }

    /** Signs claims valid from now for {@code ttl} with the given algorithm. */
    public TokenSigner.SignedToken sign(String algorithm, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://vault.example.test/v1/tokens");
        claims.put("sub", "app");
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + ttl.toSeconds());
        TokenSigner.SignedToken token = signer.sign(algorithm, "at+jwt", claims);
        backend.invalidateKey(SigningKeyStore.RINGS + algorithm);
        return token;
    }

    /** Runs a request through the engine, as Vault would. */
    public Response call(Operation operation, String path, Map<String, Object> data) {
        Response response = backend.handleRequest(Request.of(operation, path, data));
        signerStore.invalidate(SigningKeyStore.PREFIX);
        return response;
    }

    /** Vault's rollback tick, which runs the periodic hook. */
    public void tick() {
        call(Operation.ROLLBACK, "", Map.of());
    }

    /** The JWKS as a verifier fetches it, with the raw response checked on the way. */
    public JWKSet jwks() {
        Response response = call(Operation.READ, "jwks", Map.of());
        try {
            return JWKSet.parse(RawResponse.body(response));
        } catch (ParseException e) {
            throw new AssertionError("the JWKS is not a JWK set", e);
        }
    }

    /** The body of a raw HTTP response, base64-decoded. */
}
