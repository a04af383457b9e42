// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import dev.tokenbridge.engine.role.RolePath;
import dev.tokenbridge.sdk.logical.BadRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lease maths of issuing, as one pure function: which TTL a token gets, and how far an opaque
 * token's lease may be renewed. Everything is settled before signing, so Vault never has to cut a lease
 * below the token's {@code exp}; every cap is reported as a warning.
 */
public final class Ttl {
    private Ttl() {}

    /**
     * The outcome of {@link #resolve}.
     *
     * @param ttl the token's lifetime and its lease TTL
     * @param maxTtl the whole-life cap of the lease (at least {@code ttl})
     * @param warnings one per cap applied
     */
    public record Resolution(Duration ttl, Duration maxTtl, List<String> warnings) {
        public Resolution {
            Objects.requireNonNull(ttl, "ttl");
            Objects.requireNonNull(maxTtl, "maxTtl");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Resolves the TTL of a new token.
     *
     * @param requested the caller's {@code ttl}, zero if none
     * @param roleTtl the role's {@code ttl}, zero for the mount default
     * @param roleMaxTtl the role's {@code max_ttl}, zero for the mount maximum
     * @param mountDefault the mount's default lease TTL
     * @param mountMax the mount's max lease TTL
     * @throws BadRequestException naming {@code ttl} if the request asks for less than 30s or more than the
     *     role allows
     */
    public static Resolution resolve(Duration requested, Duration roleTtl, Duration roleMaxTtl,
            Duration mountDefault, Duration mountMax) {
        List<String> warnings = new ArrayList<>();
        Duration roleMax = roleMaxTtl.isZero() ? mountMax : roleMaxTtl;
        Duration ttl;
        if (!requested.isZero()) {
            if (requested.compareTo(RolePath.MIN_TTL) < 0) {
                throw new BadRequestException("ttl: expected at least " + RolePath.MIN_TTL.toSeconds() + "s, got "
                        + requested.toSeconds() + "s");
            }
            if (requested.compareTo(roleMax) > 0) {
                String limit = roleMaxTtl.isZero() ? "the mount's max lease TTL" : "the role's max_ttl";
                throw new BadRequestException("ttl: expected at most " + limit + " (" + roleMax.toSeconds()
                        + "s), got " + requested.toSeconds() + "s");
            }
            ttl = requested;
        } else {
            ttl = roleTtl.isZero() ? mountDefault : roleTtl;
            if (!roleMaxTtl.isZero() && ttl.compareTo(roleMax) > 0) {
                String source = roleTtl.isZero() ? " (the mount's default lease TTL)" : "";
                warnings.add("ttl of " + ttl.toSeconds() + "s" + source + " is above the role's max_ttl; the token"
                        + " lives " + roleMax.toSeconds() + "s");
                ttl = roleMax;
            }
        }
        if (ttl.compareTo(mountMax) > 0) {
            warnings.add("ttl of " + ttl.toSeconds() + "s is above the mount's max lease TTL; the token lives "
                    + mountMax.toSeconds() + "s");
            ttl = mountMax;
        }
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new BadRequestException(
                    "ttl: the mount's lease TTLs leave no lifetime for a token; set the role's ttl");
        }
        Duration maxTtl = roleMax.compareTo(mountMax) > 0 ? mountMax : roleMax;
        if (maxTtl.compareTo(ttl) < 0) {
            maxTtl = ttl;
        }
        return new Resolution(ttl, maxTtl, warnings);
    }
}
