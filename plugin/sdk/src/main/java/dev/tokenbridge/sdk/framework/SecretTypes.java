// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.framework;

import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backend's secret types by name, and the dispatch of renew and revoke requests by the
 * {@code secret_type} Vault hands back in the lease's internal data. Immutable and thread-safe.
 */
final class SecretTypes {
    /** Vault's Go framework's text for a lease whose type this backend does not know. */
    static final String UNSUPPORTED = "secret is unsupported by this backend";

    private final Map<String, SecretType> byName;

    SecretTypes(List<SecretType> types) {
        Map<String, SecretType> map = new LinkedHashMap<>();
        for (SecretType type : types) {
            if (map.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("secret type " + type.name() + " declared twice");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    List<SecretType> all() {
        return List.copyOf(byName.values());
    }

    /** Runs the renew or revoke handler of the request's secret type. */
    Response dispatch(Request request) {
        String typeName = request.optionalSecret().map(Secret::secretType).orElse("");
        SecretType type = byName.get(typeName);
        if (type == null) {
            Guard.LOG.error(UNSUPPORTED, "operation", request.operation().wireName(), "path", request.path(),
                    "secret_type", FieldErrors.printable(typeName), "has_secret", request.secret() != null);
            throw new InternalException(UNSUPPORTED);
        }
        boolean renew = request.operation() == Operation.RENEW;
        return Guard.call((renew ? "renew" : "revoke") + " of secret type " + type.name(), request,
                () -> renew ? type.renew(request) : type.revoke(request));
    }
}
