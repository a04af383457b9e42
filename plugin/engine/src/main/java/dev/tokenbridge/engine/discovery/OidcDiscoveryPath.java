// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.engine.discovery;

import dev.tokenbridge.engine.config.ConfigStore;
import dev.tokenbridge.engine.config.EngineConfig;
import dev.tokenbridge.engine.signing.Algorithm;
import dev.tokenbridge.sdk.framework.FieldData;
import dev.tokenbridge.sdk.framework.Path;
import dev.tokenbridge.sdk.logical.CodedException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.RawResponse;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code .well-known/openid-configuration} (unauthenticated): where verifiers find everything else. */
public final class OidcDiscoveryPath {
    /** The path, as declared unauthenticated. */
    public static final String PATTERN = ".well-known/openid-configuration";

    private final ConfigStore config;

    public OidcDiscoveryPath(ConfigStore config) {
        this.config = config;
    }

    public Path path() {
        return Path.builder("\\.well-known/openid-configuration")
                .operation(Operation.READ, "Read the OpenID discovery document (no token needed).", this::read)
                .helpSynopsis(HELP_SYNOPSIS)
                .helpDescription(HELP_DESCRIPTION)
                .build();
    }

    private Response read(Request request, FieldData data) {
        EngineConfig current = config.readOrDefaults();
        String issuer = current.issuer();
        if (issuer.isEmpty()) {
            throw new CodedException(404, "config: issuer is not configured; write " + request.mountPoint()
                    + "config issuer=<URL of this mount>");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/jwks");
        document.put("introspection_endpoint", issuer + "/introspect");
        document.put("revocation_list_uri", issuer + "/revoked");
        document.put("response_types_supported", List.of("id_token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", Algorithm.names());
        document.put("token_signing_alg_values_supported", Algorithm.names());
        return RawResponse.json(document, current.jwksMaxAge());
    }

    private static final String HELP_SYNOPSIS = "OpenID Connect discovery document.";
    private static final String HELP_DESCRIPTION = """
            Answers without a Vault token with the discovery document of this issuer: issuer (from \
            config), jwks_uri (<issuer>/jwks), introspection_endpoint (<issuer>/introspect, needs a \
            Vault token), revocation_list_uri (<issuer>/revoked, the deny-list feed) and the supported \
            signing algorithms, as plain JSON with Cache-Control: max-age=<jwks_max_age>. Resource \
            servers that configure the issuer URL find the JWKS here. Answers 404 until config has \
            an issuer.
            """;
}
