// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.signing;

import java.util.Objects;

/**
 * One signing key as stored in its ring: its schedule and its encoded key pair. Times are unix
 * seconds. The key signs from {@code activatesAt} until {@code deactivatesAt} (open-ended while null),
 * and its state follows from the clock alone, so every node agrees on it without coordination.
 *
 * @param kid the key id: the RFC 7638 SHA-256 thumbprint of the public key
 * @param algorithm the algorithm the key signs with
 * @param createdAt when the key was generated, and so first published
 * @param activatesAt when the key starts signing
 * @param deactivatesAt when the key stops signing, or null while no successor is scheduled
 * @param maxTtlSeconds the longest lifetime of a token the key signed (or may sign without a write)
 * @param publicKey the public key, X.509 SubjectPublicKeyInfo, base64
 * @param privateKey the private key, PKCS#8, base64; never printed or returned
 */
record SigningKey(String kid, Algorithm algorithm, long createdAt, long activatesAt, Long deactivatesAt,
        long maxTtlSeconds, String publicKey, String privateKey) {

    SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (activatesAt < createdAt || (deactivatesAt != null && deactivatesAt < activatesAt) || maxTtlSeconds < 0) {
            throw new IllegalArgumentException("signing key " + kid + " has an inconsistent schedule");
        }
    }

    /** Whether this key is the one that signs at {@code now}. */
    boolean signsAt(long now) {
        return activatesAt <= now && (deactivatesAt == null || now < deactivatesAt);
    }

    KeyState state(long now) {
        if (now < activatesAt) {
            return KeyState.NEXT;
        }
        return signsAt(now) ? KeyState.ACTIVE : KeyState.RETIRING;
    }

    /** Until when the key is published, or null while it has no end of signing. */
    Long publishedUntil(RotationPolicy policy) {
        return deactivatesAt == null ? null : policy.publishedUntil(deactivatesAt, maxTtlSeconds);
    }

    boolean isPublished(long now, RotationPolicy policy) {
        Long until = publishedUntil(policy);
        return until == null || now < until;
    }

    SigningKey withActivatesAt(long time) {
        return new SigningKey(kid, algorithm, createdAt, time, deactivatesAt, maxTtlSeconds, publicKey, privateKey);
    }

    SigningKey withDeactivatesAt(Long time) {
        return new SigningKey(kid, algorithm, createdAt, activatesAt, time, maxTtlSeconds, publicKey, privateKey);
    }

    SigningKey withMaxTtl(long seconds) {
        return new SigningKey(kid, algorithm, createdAt, activatesAt, deactivatesAt, seconds, publicKey, privateKey);
    }

    /** The public facts about the key at {@code now}. */
    KeyInfo info(long now, RotationPolicy policy) {
        return new KeyInfo(kid, algorithm, state(now), createdAt, activatesAt, deactivatesAt, publishedUntil(policy),
                maxTtlSeconds);
    }

    /** Schedule facts only: the key pair is never printed. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", " + algorithm + ", created=" + createdAt + ", activates=" + activatesAt
                + ", deactivates=" + deactivatesAt + ", maxTtl=" + maxTtlSeconds + "s]";
    }
}
