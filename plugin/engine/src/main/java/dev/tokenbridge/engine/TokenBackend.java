// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine;

import dev.tokenbridge.engine.config.ConfigPath;
import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.engine.creds.CredsPath;
import dev.tokenbridge.engine.creds.IssuedTokenSecret;
import dev.tokenbridge.engine.discovery.JwksPath;
import dev.tokenbridge.engine.discovery.OidcDiscoveryPath;
import dev.tokenbridge.engine.revocation.DenyList;
import dev.tokenbridge.engine.revocation.IntrospectPath;
import dev.tokenbridge.engine.revocation.RevokeIssuedBeforePath;
import dev.tokenbridge.engine.revocation.RevokePath;
import dev.tokenbridge.engine.revocation.RevokedPath;
import dev.tokenbridge.engine.revocation.TokenInspector;
import dev.tokenbridge.engine.revocation.WatermarkStore;
import dev.tokenbridge.engine.role.RoleListPath;
import dev.tokenbridge.engine.role.RolePath;
import dev.tokenbridge.engine.role.RoleStore;
import dev.tokenbridge.engine.signing.KeyRingSigner;
import dev.tokenbridge.engine.signing.KeysPath;
import dev.tokenbridge.engine.signing.RetireKeyPath;
import dev.tokenbridge.engine.signing.RotateKeysPath;
import dev.tokenbridge.engine.signing.SigningKeyStore;
import dev.tokenbridge.engine.signing.SigningKeys;
import dev.tokenbridge.engine.signing.TokenSigner;
import dev.tokenbridge.engine.stats.EngineStats;
import dev.tokenbridge.engine.stats.StatsPath;
import dev.tokenbridge.engine.stats.StoredStateGauges;
import dev.tokenbridge.engine.tidy.Tidy;
import dev.tokenbridge.engine.tidy.TidyPath;
import dev.tokenbridge.engine.tidy.TidyStatusPath;
import dev.tokenbridge.engine.tidy.TidyTask;
import dev.tokenbridge.engine.token.JwtIssuer;
import dev.tokenbridge.engine.token.OpaqueTokenIssuer;
import dev.tokenbridge.engine.token.OpaqueTokenStore;
import dev.tokenbridge.sdk.framework.Backend;
import dev.tokenbridge.sdk.logical.BackendConfig;
import dev.tokenbridge.sdk.logical.Storage;
import dev.tokenbridge.sdk.logical.SystemView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The table of contents of the token engine: every path, secret type, special path and hook. Read
 * this file to see what the engine does.
 */
public final class TokenBackend {
    static final String HELP = """
            The tokenbridge secrets engine issues short-lived bearer tokens (signed JWTs or opaque \
            reference tokens) whose lifetime is the Vault lease: reading creds/<role> issues a token, \
            revoking the lease revokes the token for every verifier, and nothing outlives the token.
            """;

    private TokenBackend() {}

    /** Builds the engine for one mount. */
    public static Backend create(BackendConfig mount) {
        return create(mount, Clock.systemUTC());
    }

    /** Builds the engine for one mount with a given clock (tests move time without sleeping). */
    public static Backend create(BackendConfig mount, Clock clock) {
        ConfigStore configStore = new ConfigStore(mount.storage());
        SigningKeyStore keyStore = new SigningKeyStore(mount.storage());
        SigningKeys signingKeys = new SigningKeys(keyStore, configStore, clock);
        TokenSigner signer = new KeyRingSigner(keyStore, configStore, clock);

        Storage storage = mount.storage();
        SystemView systemView = mount.systemView();
        RoleStore roles = new RoleStore(storage);
        DenyList denyList = new DenyList(storage);
        WatermarkStore watermarks = new WatermarkStore(storage);
        OpaqueTokenStore opaqueTokens = new OpaqueTokenStore(storage);
        EngineStats stats = new EngineStats(clock.instant());
        IssuedTokenSecret issuedToken = new IssuedTokenSecret(clock, denyList, watermarks, opaqueTokens, stats);
        TokenInspector inspector = new TokenInspector(configStore, signingKeys::verify, opaqueTokens, denyList,
                watermarks);
        Supplier<Duration> skew = () -> configStore.readOrDefaults().allowedClockSkew();
        Tidy tidy = new Tidy(clock, List.of(
                TidyTask.of("deny_list_entries", Duration.ZERO, now -> denyList.prune(now, skew.get())),
                TidyTask.of("opaque_tokens", Duration.ofHours(1), now -> opaqueTokens.prune(now, skew.get())),
                TidyTask.of("signing_keys", Duration.ofHours(1), signingKeys::tidy)));

        return Backend.builder()
                .help(HELP)
                .version(PluginVersion.current())
                .paths(new ConfigPath(configStore).path(),
                        new KeysPath(signingKeys).path(),
                        new RotateKeysPath(signingKeys).path(),
                        new RetireKeyPath(signingKeys).path(),
                        new JwksPath(signingKeys).path(),
                        new OidcDiscoveryPath(configStore).path(),
                        new RoleListPath(roles).path(),
                        new RolePath(roles, systemView).path(),
                        new RevokeIssuedBeforePath(roles, watermarks, clock).path(),
                        new CredsPath(roles, configStore, systemView,
                                List.of(new JwtIssuer(signer), new OpaqueTokenIssuer(opaqueTokens)),
                                issuedToken, stats, clock).path(),
                        new RevokedPath(denyList, watermarks, configStore, clock).path(),
                        new IntrospectPath(inspector, stats, clock).path(),
                        new RevokePath(inspector, denyList, opaqueTokens, systemView, stats, clock).path(),
                        new TidyPath(tidy).path(),
                        new TidyStatusPath(tidy).path(),
                        new StatsPath(stats, List.of(new StoredStateGauges(roles, denyList, watermarks, opaqueTokens)),
                                clock).path())
                .secretTypes(issuedToken.secretType())
                // NOTE: roles/<name>/revoke-issued-before should need sudo too, but Vault's root paths are
                // exact or end in '*', and "roles/*" would put every role write behind sudo; restrict it
                // with ACL policies instead.
                .rootPaths("keys/rotate", "keys/retire")
                .unauthenticatedPaths(JwksPath.PATTERN, OidcDiscoveryPath.PATTERN, "revoked")
                .sealWrapStorage(ConfigStore.KEY, SigningKeyStore.PREFIX)
                .periodic(request -> {
                    signingKeys.rotateDue();
                    tidy.runPeriodic();
                })
                .invalidate(key -> {
                    keyStore.invalidate(key);
                    denyList.invalidate(key);
                    watermarks.invalidate(key);
                })
                .build();
    }
}
