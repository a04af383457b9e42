// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.Identity;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.testing.TestSystemView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private final TestSystemView system = new TestSystemView()
            .putEntity(new Identity.Entity("ent-1", "alice",
                    List.of(new Identity.Alias("al-1", "userpass", "auth_userpass_123", "alice-login", Map.of())),
                    Map.of("team", "payments"), false, "root"))
            .putGroups("ent-1", List.of(new Identity.Group("g2", "ops", Map.of(), "root"),
                    new Identity.Group("g1", "dev", Map.of(), "root")));

    private TemplateContext context(String entityId) {
        Request request = new Request("", Operation.READ, "creds/app", Map.of(), null, "token-alice", entityId, "",
                "tokens/", "", false, Map.of(), "");
        return new TemplateContext(request, system, "app");
    }

    @Test
    void everyTemplateResolvesFromTheCallersIdentity() {
        TemplateContext context = context("ent-1");
        assertEquals("ent-1", Templates.render("{{identity.entity.id}}", context));
        assertEquals("alice", Templates.render("{{ identity.entity.name }}", context));
        assertEquals("payments", Templates.render("{{identity.entity.metadata.team}}", context));
        assertEquals("alice-login", Templates.render("{{identity.entity.aliases.auth_userpass_123.name}}", context));
        assertEquals(List.of("dev", "ops"), Templates.render("{{identity.groups.names}}", context));
        assertEquals("token-alice", Templates.render("{{request.display_name}}", context));
        assertEquals("app", Templates.render("{{role.name}}", context));
        assertEquals("svc:alice@app", Templates.render("svc:{{identity.entity.name}}@{{role.name}}", context));
    }

    @Test
    void aMissingValueLeavesAWholeValueOutAndEmptiesAnEmbeddedOne() {
        TemplateContext context = context("");
        assertNull(Templates.render("{{identity.entity.id}}", context));
        assertNull(Templates.render("{{identity.entity.metadata.nope}}", context("ent-1")));
        assertNull(Templates.render("{{identity.entity.aliases.auth_other.name}}", context("ent-1")));
        assertEquals("team-", Templates.render("team-{{identity.entity.metadata.team}}", context));
        assertEquals(List.of(), Templates.render("{{identity.groups.names}}", context));
    }

    @Test
    void claimsRenderAtAnyDepthAndDropMissingWholeValues() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("team", "{{identity.entity.metadata.team}}");
        claims.put("nested", Map.of("who", "{{identity.entity.name}}", "missing", "{{identity.entity.metadata.nope}}"));
        claims.put("list", List.of("{{role.name}}", "fixed"));
        claims.put("groups", "{{identity.groups.names}}");
        claims.put("n", 3);

        Map<String, Object> rendered = Templates.renderClaims(claims, context("ent-1"));

        assertEquals("payments", rendered.get("team"));
        assertEquals(Map.of("who", "alice"), rendered.get("nested"));
        assertEquals(List.of("app", "fixed"), rendered.get("list"));
        assertEquals(List.of("dev", "ops"), rendered.get("groups"));
        assertEquals(3, rendered.get("n"));
    }

    @Test
    void checkingRefusesUnknownAndUnclosedTemplates() {
        assertThrows(BadRequestException.class, () -> Templates.check("subject", "{{identity.entity.mail}}", false));
        assertThrows(BadRequestException.class, () -> Templates.check("subject", "{{ role.name", false));
        assertThrows(BadRequestException.class,
                () -> Templates.check("subject", "{{identity.entity.aliases.x y.name}}", false));
        Templates.check("subject", "plain text }} is fine", false);
    }
}
