// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The mount's signing keys as operators and verifiers see them: scheduled rotation (the periodic
 * hook), rotation and emergency retirement on request, the key list, and the public keys the JWKS
 * publishes. Private keys never leave this package. Thread-safe.
 */
public final class SigningKeys {
    private static final Log LOG = Log.named("signing");
    /** Far above any token the engine issues (claims are capped); longer input is refused before parsing. */
    private static final int MAX_TOKEN_LENGTH = 256 * 1024;

    private final SigningKeyStore store;
    private final ConfigStore config;
    private final Clock clock;
    private final KeyRing.KeyMaker maker;

    public SigningKeys(SigningKeyStore store, ConfigStore config, Clock clock) {
        this(store, config, clock, KeyGenerator::generate);
    }

    SigningKeys(SigningKeyStore store, ConfigStore config, Clock clock, KeyRing.KeyMaker maker) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    /**
     * The periodic hook: brings every ring up to date (prunes expired keys, schedules next keys). Writes
     * only what changed, so a second run at the same moment writes nothing; a read-only storage error
     * on a standby passes unchanged.
     *
     * @return the ids of the keys that left the JWKS
     */
    public List<String> rotateDue() {
        long now = now();
        RotationPolicy policy = policy();
        List<String> pruned = new ArrayList<>();
        for (Algorithm algorithm : store.storedAlgorithms()) {
            pruned.addAll(logChanges(store.update(algorithm, ring -> ring.advance(now, policy, maker))));
        }
        return pruned;
    }

    /**
     * Rotates one ring, or every ring: the next key becomes active now (or as soon as it has been
     * published for {@code jwks_max_age + allowed_clock_skew}), the active key starts retiring.
     *
     * @throws BadRequestException naming {@code algorithm} if there is no ring to rotate
     */
    public Change rotate(Optional<Algorithm> algorithm) {
        long now = now();
        RotationPolicy policy = policy();
        List<Algorithm> stored = store.storedAlgorithms();
        List<Algorithm> targets = algorithm.map(List::of).orElse(stored);
        if (targets.isEmpty() || !stored.containsAll(targets)) {
            throw new BadRequestException("algorithm: no key ring for "
                    + algorithm.map(Algorithm::name).orElse("any algorithm")
                    + " yet; a ring is created when a token is first signed with its algorithm");
        }
        List<KeyInfo> keys = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Algorithm target : targets) {
            AtomicReference<String> promoted = new AtomicReference<>();
            SigningKeyStore.RingUpdate update = store.update(target, ring -> {
                KeyRing ready = ring.advance(now, policy, maker);
                ready.pending(now).ifPresent(next -> promoted.set(next.kid()));
                return ready.rotate(now, policy, maker);
            });
            logChanges(update);
            KeyRing after = update.after();
            after.find(promoted.get()).filter(key -> key.activatesAt() > now).ifPresent(key -> warnings.add(
                    "key " + key.kid() + " was published at " + Instant.ofEpochSecond(key.createdAt())
                    + " and signs from " + Instant.ofEpochSecond(key.activatesAt())
                    + ", once every verifier caching the JWKS for jwks_max_age has seen it"));
            LOG.info("signing keys rotated on request", "algorithm", target.name());
            keys.addAll(infos(after, now, policy));
        }
        return new Change(keys, warnings);
    }

    /**
     * Drops one key from the JWKS at once and never signs with it again; if it was active, the next key
     * signs from now on.
     *
     * @throws BadRequestException naming {@code kid} if no published key has that id
     */
    public Change retire(String kid) {
        long now = now();
        RotationPolicy policy = policy();
        for (Algorithm algorithm : store.storedAlgorithms()) {
            AtomicBoolean found = new AtomicBoolean();
            SigningKeyStore.RingUpdate update = store.update(algorithm, ring -> {
                if (ring.find(kid).filter(key -> key.isPublished(now, policy)).isEmpty()) {
                    return ring;
                }
                found.set(true);
                return ring.retire(kid, now, policy, maker);
            });
            if (!found.get()) {
                continue;
            }
            LOG.warn("signing key retired on request", "kid", kid, "algorithm", algorithm.name());
            logChanges(update);
            List<String> warnings = new ArrayList<>();
            SigningKey signing = update.after().signingKey(now).orElseThrow();
            if (policy.earliestActivation(signing.createdAt()) > now) {
                warnings.add("key " + signing.kid() + " signs from now on but was published only "
                        + (now - signing.createdAt()) + "s ago; verifiers that cached the JWKS before may reject"
                        + " its tokens until they fetch it again");
            }
            return new Change(infos(update.after(), now, policy), warnings);
        }
        throw KeyRing.unknownKid(kid);
    }

    /** Every published key of every ring, by algorithm, then activation. */
    public List<KeyInfo> list() {
        long now = now();
        RotationPolicy policy = policy();
        List<KeyInfo> all = new ArrayList<>();
        for (KeyRing ring : store.cachedAll()) {
            all.addAll(infos(ring, now, policy));
        }
        return all;
    }

    /** The public JWKs of every published key (next, active and retiring), public members only. */
    public List<Map<String, Object>> publicJwks() {
        long now = now();
        RotationPolicy policy = policy();
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (KeyRing ring : store.cachedAll()) {
            for (SigningKey key : ring.published(now, policy)) {
                jwks.add(store.material(key).publicJwk());
            }
        }
        return jwks;
    }

    /**
     * Checks a JWT's signature against the keys this mount publishes now (the {@code alg} header must
     * match the key's algorithm). Shaped for the revocation package's {@code TokenVerifier}.
     *
     * @return the token's claims if the signature verifies; empty for a malformed token, an unknown or
     *     unpublished {@code kid}, or a bad signature (storage failures still throw)
     */
    public Optional<Map<String, Object>> verify(String compactJws) {
        if (compactJws == null || compactJws.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        long now = now();
        RotationPolicy policy = policy();
        Optional<String> payload = JwtSigner.verify(compactJws, kid -> store.cachedAll().stream()
                .flatMap(ring -> ring.published(now, policy).stream())
                .filter(key -> key.kid().equals(kid))
                .findFirst()
                .map(store::material));
        try {
            return payload.map(Json::parseObject);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Drops keys whose publication window ended before {@code now}, as the periodic hook does; shaped
     * for a {@code tidy} task.
     *
     * @return how many keys were dropped
     */
    public int tidy(Instant now) {
        long at = now.getEpochSecond();
        RotationPolicy policy = policy();
        int pruned = 0;
        for (Algorithm algorithm : store.storedAlgorithms()) {
            pruned += logChanges(store.update(algorithm, ring -> ring.prune(at, policy))).size();
        }
        return pruned;
    }

    /** How long verifiers may cache the JWKS. */
    public Duration jwksMaxAge() {
        return config.readOrDefaults().jwksMaxAge();
    }

    /**
     * Keys after a rotation or retirement, with warnings for the operator.
     *
     * @param keys the published keys of the rings that changed
     * @param warnings what the operator should know, e.g. a delayed activation
     */
    public record Change(List<KeyInfo> keys, List<String> warnings) {
        public Change {
            keys = List.copyOf(keys);
            warnings = List.copyOf(warnings);
        }
    }

    private static List<KeyInfo> infos(KeyRing ring, long now, RotationPolicy policy) {
        return ring.published(now, policy).stream().map(key -> key.info(now, policy)).toList();
    }

    /** Logs created and unpublished keys; returns the unpublished ids. */
    private static List<String> logChanges(SigningKeyStore.RingUpdate update) {
        Set<String> old = update.before().keys().stream().map(SigningKey::kid).collect(Collectors.toSet());
        Set<String> current = update.after().keys().stream().map(SigningKey::kid).collect(Collectors.toSet());
        for (SigningKey key : update.after().keys()) {
            if (!old.contains(key.kid())) {
                LOG.info("signing key created", "kid", key.kid(), "algorithm", key.algorithm().name(),
                        "activates_at", Instant.ofEpochSecond(key.activatesAt()).toString());
            }
        }
        List<String> unpublished = new ArrayList<>();
        for (SigningKey key : update.before().keys()) {
            if (!current.contains(key.kid())) {
                unpublished.add(key.kid());
                LOG.info("signing key unpublished", "kid", key.kid(), "algorithm", key.algorithm().name());
            }
        }
        return unpublished;
    }

    private RotationPolicy policy() {
        return RotationPolicy.of(config.readOrDefaults());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
