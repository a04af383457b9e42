// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.InvalidRequestException;
import dev.tokenbridge.sdk.logical.LeaseOptions;
import dev.tokenbridge.sdk.logical.OperationNotSupportedException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of leased secret a backend issues, with the code that renews and revokes it. Secrets built
 * here record the type's name under {@code secret_type} in their internal data; Vault hands that data
 * back on renew and revoke, and the {@link Backend} uses it to find this type again. So a type's name
 * must never change once leases exist. Immutable and thread-safe.
 */
public final class SecretType {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final String name;
    private final Duration defaultTtl;
    private final LeaseHandler renew;
    private final LeaseHandler revoke;
    private final Clock clock;

    private SecretType(Builder b) {
        this.name = b.name;
        this.defaultTtl = b.defaultTtl;
        this.renew = b.renew;
        this.revoke = b.revoke;
        this.clock = b.clock;
    }

    /** Starts a secret type; the name is letters, digits and {@code _}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The lease TTL of new secrets; zero lets Vault apply the mount's default. */
    public Duration defaultTtl() {
        return defaultTtl;
    }

    /** Whether the type has a renew handler. */
    public boolean renewable() {
        return renew != null;
    }

    /** A response issuing a secret of this type with the default TTL. */
    public Response response(Map<String, ?> data, Map<String, ?> internalData) {
        return Response.withSecret(data, newSecret(internalData));
    }

    /** A secret of this type issued now, with the default TTL, renewable if the type can renew. */
    public Secret newSecret(Map<String, ?> internalData) {
        return newSecret(internalData, defaultTtl, Duration.ZERO, renewable());
    }

    /**
     * A secret of this type issued now.
     *
     * @param ttl the lease's TTL (zero for the mount default)
     * @param maxTtl the cap on the lease's whole life (zero for the mount maximum)
     */
    public Secret newSecret(Map<String, ?> internalData, Duration ttl, Duration maxTtl, boolean renewable) {
        Map<String, Object> internal = new LinkedHashMap<>(internalData);
        internal.put(Secret.SECRET_TYPE_KEY, name);
        return new Secret(LeaseOptions.issued(ttl, maxTtl, renewable, clock.instant()), internal, "");
    }

    /**
     * The answer to a renew request: the stored secret with new TTLs and its internal data echoed
     * unchanged (Vault replaces the lease's stored secret with it, so dropping internal data would break
     * the later revoke), and no data.
     */
    public Response renewResponse(Request request, Duration ttl, Duration maxTtl) {
        Secret stored = request.optionalSecret()
                .orElseThrow(() -> new InvalidRequestException("renew request has no secret"));
        Map<String, Object> internal = new LinkedHashMap<>(stored.internalData());
        internal.put(Secret.SECRET_TYPE_KEY, name);
        LeaseOptions lease = new LeaseOptions(ttl, maxTtl, true, Duration.ZERO, stored.leaseOptions().issueTime());
        return Response.withSecret(Map.of(), new Secret(lease, internal, stored.leaseId()));
    }

    Response renew(Request request) {
        if (renew == null) {
            throw new OperationNotSupportedException("secrets of type " + name + " cannot be renewed");
        }
        return renew.handle(request);
    }

    Response revoke(Request request) {
        return revoke.handle(request);
    }

    @Override
    public String toString() {
        return "SecretType[" + name + ", ttl=" + defaultTtl + ", renewable=" + renewable() + "]";
    }

    /** Builds a {@link SecretType}; a revoke handler is required. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private Duration defaultTtl = Duration.ZERO;
        private LeaseHandler renew;
        private LeaseHandler revoke;
        private Clock clock = Clock.systemUTC();

        private Builder(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("secret type names are letters, digits and '_': " + name);
            }
            this.name = name;
        }

        /** The TTL of new secrets (default zero: the mount's default lease TTL). */
        public Builder defaultTtl(Duration ttl) {
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("a default TTL cannot be negative");
            }
            this.defaultTtl = ttl;
            return this;
        }

        /** Makes the type renewable. Without it, renew requests fail with 405. */
        public Builder renew(LeaseHandler handler) {
            this.renew = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Revokes a secret of this type (required). */
        public Builder revoke(LeaseHandler handler) {
            this.revoke = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** The clock that dates new leases (tests pass a fixed one). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The secret type.
         *
         * @throws IllegalStateException if no revoke handler was given
         */
        public SecretType build() {
            if (revoke == null) {
                throw new IllegalStateException(name + ": a secret type needs a revoke handler");
            }
            return new SecretType(this);
        }
    }
}
