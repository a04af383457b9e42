// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.creds;

import dev.tokenbridge.engine.revocation.DenyList;
import dev.tokenbridge.engine.revocation.DenyListEntry;
import dev.tokenbridge.engine.revocation.WatermarkStore;
import dev.tokenbridge.engine.stats.EngineStats;
import dev.tokenbridge.engine.token.IssuedToken;
import dev.tokenbridge.engine.token.OpaqueTokenRecord;
import dev.tokenbridge.engine.token.OpaqueTokenStore;
import dev.tokenbridge.engine.token.TokenFormat;
import dev.tokenbridge.sdk.framework.SecretType;
import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.LeaseOptions;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.logical.UnrecoverableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lease of an issued token, and what Vault's renew and revoke of it do. Revoke decides from the
 * lease's internal data alone: a token at (or within 2s of) its {@code exp} needs nothing; one covered by
 * its role's watermark needs nothing; any other JWT gets a deny-list entry, and success is reported only
 * once that is stored. Opaque tokens are revoked by deleting their record. Every outcome is idempotent,
 * and only internal data that cannot be read at all fails in a way that makes Vault give up on the lease.
 */
public final class IssuedTokenSecret {
    /** The secret type's name, recorded in every lease; it must never change. */
    public static final String NAME = "issued_token";
    /**
     * Vault keeps lease times in whole seconds and calls revoke on every natural expiry, so a revoke this
     * close to {@code exp} is an expiry, not a revocation (PKI uses the same margin).
     */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(2);

    private static final Log LOG = Log.named("creds");

    private final Clock clock;
    private final DenyList denyList;
    private final WatermarkStore watermarks;
    private final OpaqueTokenStore opaqueTokens;
    private final EngineStats stats;
    private final SecretType secretType;

    public IssuedTokenSecret(Clock clock, DenyList denyList, WatermarkStore watermarks, OpaqueTokenStore opaqueTokens,
            EngineStats stats) {
        this.clock = clock;
        this.denyList = denyList;
        this.watermarks = watermarks;
        this.opaqueTokens = opaqueTokens;
        this.stats = stats;
        this.secretType = SecretType.builder(NAME).renew(this::renew).revoke(this::revoke).clock(clock).build();
    }

    public SecretType secretType() {
        return secretType;
    }

    /**
     * The lease of a new token, issued at its {@code iat}: a JWT's is not renewable and ends at {@code exp}
     * ({@code TTL = MaxTTL}); an opaque token's is renewable up to its {@code max_exp}.
     */
    public Secret newSecret(IssuedToken token, String role) {
        LeaseFacts facts = LeaseFacts.of(token, role);
        Map<String, Object> internal = facts.toInternalData();
        internal.put(Secret.SECRET_TYPE_KEY, NAME);
        Duration ttl = Duration.ofSeconds(facts.exp() - facts.iat());
        Duration maxTtl = Duration.ofSeconds(facts.maxExp() - facts.iat());
        boolean renewable = token.format() == TokenFormat.OPAQUE;
        return new Secret(LeaseOptions.issued(ttl, maxTtl, renewable, token.issuedAt()), internal, "");
    }

    private Response renew(Request request) {
        Secret stored = request.secret();
        LeaseFacts facts;
        try {
            facts = LeaseFacts.parse(stored.internalData());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("the lease's internal data cannot be read: " + e.getMessage());
        }
        Instant now = clock.instant();
        // NOTE: Vault caps a renewal at floor(lease issue time) + MaxTTL, so MaxTTL is counted from there.
        long issued = stored.leaseOptions().issueTime().getEpochSecond();
        if (issued <= 0) {
            issued = facts.iat();
        }
        long exp = facts.exp();
        if (facts.format() == TokenFormat.OPAQUE) {
            exp = renewOpaque(facts, stored.leaseOptions().increment(), now);
        }
        stats.increment(EngineStats.Counter.RENEWED, facts.role());
        Duration ttl = Duration.ofSeconds(Math.max(0, exp - now.getEpochSecond()));
        long whole = facts.format() == TokenFormat.OPAQUE ? facts.maxExp() : exp;
        Duration maxTtl = Duration.ofSeconds(Math.max(1, whole - issued));
        LeaseOptions lease = new LeaseOptions(ttl, maxTtl, stored.leaseOptions().renewable(), Duration.ZERO,
                stored.leaseOptions().issueTime());
        // NOTE: internal data is echoed unchanged (Vault stores it for the later revoke); no data, since
        // Vault would store it in the lease and hand it to anyone who may renew.
        return Response.withSecret(Map.of(), new Secret(lease, new LinkedHashMap<>(stored.internalData()),
                stored.leaseId()));
    }

    /** Moves the stored expiry of an opaque token as the lease moves, never past {@code max_exp}. */
    private long renewOpaque(LeaseFacts facts, Duration increment, Instant now) {
        OpaqueTokenRecord record = opaqueTokens.get(facts.tokenHash())
                .orElseThrow(() -> new BadRequestException("the token was revoked; request a new one"));
        if (watermarks.covers(record.role(), record.iat())) {
            throw new BadRequestException("the token was revoked by its role's watermark; request a new one");
        }
        long extension = increment.isZero() ? record.ttlSeconds() : increment.toSeconds();
        long newExp = Math.min(now.getEpochSecond() + extension, record.maxExp());
        opaqueTokens.put(facts.tokenHash(), record.withExp(newExp));
        return newExp;
    }

    private Response revoke(Request request) {
        LeaseFacts facts;
        try {
            facts = LeaseFacts.parse(request.secret().internalData());
        } catch (IllegalArgumentException e) {
            // NOTE: the only failure that makes Vault mark the lease irrevocable at once, so operators see
            // it in sys/leases/count?type=irrevocable; retrying could not help.
            LOG.error("cannot revoke a lease whose internal data is unreadable", "problem", e.getMessage());
            throw new UnrecoverableException("lease internal data is unreadable: " + e.getMessage());
        }
        Instant now = clock.instant();
        if (facts.format() == TokenFormat.OPAQUE) {
            return revokeOpaque(facts, now);
        }
        if (naturalExpiry(facts.exp(), now)) {
            stats.increment(EngineStats.Counter.REVOKED_NATURAL, facts.role());
            return null;
        }
        if (!watermarks.covers(facts.role(), facts.iat())) {
            denyList.add(new DenyListEntry(facts.jti(), facts.exp(), facts.role(), now.getEpochSecond()));
        }
        stats.increment(EngineStats.Counter.REVOKED_EARLY, facts.role());
        return null;
    }

    private Response revokeOpaque(LeaseFacts facts, Instant now) {
        Optional<OpaqueTokenRecord> record = opaqueTokens.get(facts.tokenHash());
        long exp = record.map(OpaqueTokenRecord::exp).orElse(facts.exp());
        opaqueTokens.delete(facts.tokenHash());
        stats.increment(naturalExpiry(exp, now) ? EngineStats.Counter.REVOKED_NATURAL
                : EngineStats.Counter.REVOKED_EARLY, facts.role());
        return null;
    }

    private static boolean naturalExpiry(long exp, Instant now) {
        return now.getEpochSecond() >= exp - EXPIRY_MARGIN.toSeconds();
    }
}
