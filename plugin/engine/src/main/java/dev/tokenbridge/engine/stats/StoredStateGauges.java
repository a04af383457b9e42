// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.stats;

import dev.tokenbridge.engine.revocation.DenyList;
import dev.tokenbridge.engine.revocation.WatermarkStore;
import dev.tokenbridge.engine.role.RoleStore;
import dev.tokenbridge.engine.token.OpaqueTokenStore;
import java.time.Instant;
import java.util.List;

/** Gauges of what the mount keeps in storage: roles, live deny-list entries, watermarks, opaque tokens. */
public final class StoredStateGauges implements GaugeSource {
    private final RoleStore roles;
    private final DenyList denyList;
    private final WatermarkStore watermarks;
    private final OpaqueTokenStore opaqueTokens;

    public StoredStateGauges(RoleStore roles, DenyList denyList, WatermarkStore watermarks,
            OpaqueTokenStore opaqueTokens) {
        this.roles = roles;
        this.denyList = denyList;
        this.watermarks = watermarks;
        this.opaqueTokens = opaqueTokens;
    }

    @Override
    public List<Gauge> gauges(Instant now) {
        return List.of(
                new Gauge("roles", "Roles configured.", roles.list().size()),
                new Gauge("deny_list_entries", "Revoked tokens that have not expired yet.", denyList.live(now).size()),
                new Gauge("role_watermarks", "Roles with a revoke-issued-before watermark.", watermarks.all().size()),
                new Gauge("opaque_tokens", "Stored opaque token records.", opaqueTokens.count()));
    }
}
