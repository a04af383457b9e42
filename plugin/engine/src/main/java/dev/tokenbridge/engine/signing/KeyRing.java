// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.CodedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys of one algorithm, ordered by activation, and the pure rules that move them along: at any
 * moment one key signs ({@code active}), at most one waits to take over ({@code next}), and keys that
 * stopped signing stay published ({@code retiring}) until their window ends, then leave the ring.
 * Every transition is a function of the ring, the time and the policy, so running one twice at the
 * same moment changes nothing the second time. Immutable.
 *
 * @param algorithm the ring's algorithm
 * @param keys the keys, ordered by activation time
 */
record KeyRing(Algorithm algorithm, List<SigningKey> keys) {
    /** Most keys a ring holds; at the limit scheduled rotation waits until retiring keys leave. */
    static final int MAX_KEYS = 50;

    /** Makes a new key pair (the real one is {@link KeyGenerator#generate}; tests may pass cheaper ones). */
    @FunctionalInterface
    interface KeyMaker {
        SigningKey create(Algorithm algorithm, long createdAt, long activatesAt, long maxTtlSeconds);
    }

    KeyRing {
        Objects.requireNonNull(algorithm, "algorithm");
        keys = keys == null
                ? List.of() : keys.stream().sorted(Comparator.comparingLong(SigningKey::activatesAt)).toList();
    }

    static KeyRing empty(Algorithm algorithm) {
        return new KeyRing(algorithm, List.of());
    }

    /** The key that signs at {@code now}, if any. */
    Optional<SigningKey> signingKey(long now) {
        return keys.stream().filter(key -> key.signsAt(now)).max(Comparator.comparingLong(SigningKey::activatesAt));
    }

    /** The key waiting to take over, if any. */
    Optional<SigningKey> pending(long now) {
        return keys.stream().filter(key -> key.activatesAt() > now).findFirst();
    }

    Optional<SigningKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /** The keys verifiers should see at {@code now}. */
    List<SigningKey> published(long now, RotationPolicy policy) {
        return keys.stream().filter(key -> key.isPublished(now, policy)).toList();
    }

    /** The ring without the keys whose window has ended at {@code now}. */
    KeyRing prune(long now, RotationPolicy policy) {
        return new KeyRing(algorithm, published(now, policy));
    }

    /**
     * Brings the ring up to date: drops keys whose window has ended, makes sure a key signs now, and
     * schedules a next key (published at least {@code jwks_max_age + allowed_clock_skew} before it signs)
     * one rotation period after the active key started. Creates the first keys of an empty ring.
     */
    KeyRing advance(long now, RotationPolicy policy, KeyMaker maker) {
        KeyRing ring = prune(now, policy);
        if (ring.signingKey(now).isEmpty()) {
            Optional<SigningKey> waiting = ring.pending(now);
            if (waiting.isPresent()) {
                // NOTE: only reachable after an emergency retire; signing must not stop.
                ring = ring.replace(waiting.get(), waiting.get().withActivatesAt(now));
            } else {
                ring = ring.add(maker.create(algorithm, now, now, 0));
            }
        }
        SigningKey active = ring.signingKey(now).orElseThrow();
        Optional<SigningKey> waiting = ring.pending(now);
        if (waiting.isPresent()) {
            SigningKey pending = waiting.get();
            long start = Math.max(pending.activatesAt(), policy.earliestActivation(pending.createdAt()));
            ring = ring.replace(pending, pending.withActivatesAt(start));
            return ring.replace(active, active.withDeactivatesAt(start));
        }
        if (ring.keys.size() >= MAX_KEYS) {
            return ring.replace(active, active.withDeactivatesAt(null));
        }
        long planned = active.deactivatesAt() != null
                ? active.deactivatesAt() : active.activatesAt() + policy.rotationPeriodSeconds();
        long start = Math.max(planned, policy.earliestActivation(now));
        // NOTE: a new key starts with no high-water mark (inheriting one would carry a single long-lived
        // token's lifetime into every later key); its first token costs one write.
        ring = ring.add(maker.create(algorithm, now, start, 0));
        return ring.replace(active, active.withDeactivatesAt(start));
    }

    /**
     * Makes the next key the active one now, or as soon as it has been published long enough, and
     * schedules a new next key once it signs.
     *
     * @throws CodedException (409) if the ring is full and has no next key
     */
    KeyRing rotate(long now, RotationPolicy policy, KeyMaker maker) {
        KeyRing ring = advance(now, policy, maker);
        SigningKey active = ring.signingKey(now).orElseThrow();
        SigningKey pending = ring.pending(now).orElseThrow(() -> new CodedException(409, algorithm
                + " already has " + MAX_KEYS + " published keys; wait for retiring keys to expire or retire some"));
        long start = Math.max(now, policy.earliestActivation(pending.createdAt()));
        ring = ring.replace(pending, pending.withActivatesAt(start).withDeactivatesAt(null));
        ring = ring.replace(active, active.withDeactivatesAt(start));
        return ring.advance(now, policy, maker);
    }

    /**
     * Drops a key at once. If it was signing, the next key signs from now on (a new one is made if there
     * is none); a new next key is scheduled as needed.
     *
     * @throws BadRequestException naming {@code kid} if the ring publishes no such key
     */
    KeyRing retire(String kid, long now, RotationPolicy policy, KeyMaker maker) {
        SigningKey target = find(kid).filter(key -> key.isPublished(now, policy))
                .orElseThrow(() -> unknownKid(kid));
        KeyRing ring = new KeyRing(algorithm, keys.stream().filter(key -> !key.kid().equals(target.kid())).toList());
        if (target.signsAt(now)) {
            Optional<SigningKey> waiting = ring.pending(now);
            if (waiting.isPresent()) {
                ring = ring.replace(waiting.get(), waiting.get().withActivatesAt(now));
            }
        }
        return ring.advance(now, policy, maker);
    }

    /** Raises a key's high-water mark of token lifetimes to at least {@code seconds}. */
    KeyRing withMaxTtl(String kid, long seconds) {
        SigningKey key = find(kid).orElseThrow(() -> new IllegalStateException("no key " + kid + " in the ring"));
        return key.maxTtlSeconds() >= seconds ? this : replace(key, key.withMaxTtl(seconds));
    }

    static BadRequestException unknownKid(String kid) {
        String shown = kid.length() > 64 ? kid.substring(0, 64) + "..." : kid;
        return new BadRequestException("kid: no published signing key has id \""
                + shown.replaceAll("\\p{Cntrl}", "?") + "\"; read keys to see the published ones");
    }

    private KeyRing replace(SigningKey old, SigningKey updated) {
        return new KeyRing(algorithm, keys.stream().map(key -> key.kid().equals(old.kid()) ? updated : key).toList());
    }

    private KeyRing add(SigningKey key) {
        List<SigningKey> all = new ArrayList<>(keys);
        all.add(key);
        return new KeyRing(algorithm, all);
    }

    /** Key ids only: the key pairs are never printed. */
    @Override
    public String toString() {
        return "KeyRing[" + algorithm + ", kids=" + keys.stream().map(SigningKey::kid).toList() + "]";
    }
}
