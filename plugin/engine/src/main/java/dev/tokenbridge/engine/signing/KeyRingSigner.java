// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.engine.config.ConfigStore;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Signs with the active key of an algorithm's ring, from memory in the common case. Storage is
 * written only when a ring is created (first use of an algorithm) or when a token lives longer than
 * any the active key signed before: the key's high-water mark of token lifetimes, which decides how
 * long the key stays published, must be stored before such a token exists. Thread-safe.
 */
public final class KeyRingSigner implements TokenSigner {
    /** The high-water mark moves in whole minutes, so small TTL differences cause no writes. */
    private static final long TTL_GRANULARITY_SECONDS = 60;

    private final SigningKeyStore store;
    private final ConfigStore config;
    private final Clock clock;

    public KeyRingSigner(SigningKeyStore store, ConfigStore config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code claims} must hold a numeric {@code exp} (unix seconds): the key stays published until
     * the longest-lived token it signed has expired.
     *
     * @throws dev.tokenbridge.sdk.logical.BadRequestException naming {@code algorithm} if it is unknown
     */
    @Override
    public SignedToken sign(String algorithm, String type, Map<String, Object> claims) {
        Algorithm alg = Algorithm.fromName(algorithm);
        long now = clock.instant().getEpochSecond();
        long ttl = lifetimeBound(claims, now);
        SigningKey key = store.cached(alg)
                .flatMap(ring -> ring.signingKey(now))
                .filter(active -> active.maxTtlSeconds() >= ttl)
                .orElseGet(() -> prepare(alg, now, ttl));
        KeyMaterial material = store.material(key);
        return new SignedToken(JwtSigner.sign(alg, key.kid(), material.privateKey(), type, claims), key.kid());
    }

    /** Creates the ring if needed and raises the active key's mark, in storage, before signing. */
    private SigningKey prepare(Algorithm algorithm, long now, long ttl) {
        KeyRing ring = store.update(algorithm, current -> {
            KeyRing ready = current.signingKey(now).isPresent() ? current
                    : current.advance(now, RotationPolicy.of(config.readOrDefaults()), KeyGenerator::generate);
            return ready.withMaxTtl(ready.signingKey(now).orElseThrow().kid(), ttl);
        }).after();
        return ring.signingKey(now).orElseThrow();
    }

    /** The token's remaining lifetime, rounded up to the mark's granularity. */
    private static long lifetimeBound(Map<String, Object> claims, long now) {
        if (!(claims.get("exp") instanceof Number exp)) {
            throw new IllegalArgumentException("claims to sign need a numeric exp");
        }
        long remaining = Math.max(0, exp.longValue() - now);
        return (remaining + TTL_GRANULARITY_SECONDS - 1) / TTL_GRANULARITY_SECONDS * TTL_GRANULARITY_SECONDS;
    }

    @Override
    public String toString() {
        return "KeyRingSigner";
    }
}
