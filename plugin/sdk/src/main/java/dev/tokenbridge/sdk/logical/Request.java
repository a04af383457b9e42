// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request from Vault to the backend.
 *
 * @param id Vault's request id
 * @param operation what to do
 * @param path the path relative to the mount, without a leading slash ({@code ""} for the mount root)
 * @param data the request parameters: body, query and (for renew and revoke) the original response data
 * @param secret the stored secret, on renew and revoke only; otherwise null
 * @param displayName the caller's token display name
 * @param entityId the caller's identity entity id, or empty
 * @param clientTokenAccessor the caller's token accessor, or empty
 * @param mountPoint the mount path, e.g. {@code tokens/}
 * @param mountAccessor the mount's accessor
 * @param unauthenticated whether Vault let the request through without a token
 * @param headers request headers Vault passed through (only those the mount allows)
 * @param remoteAddress the client's address, or empty
 */
public record Request(
        String id,
        Operation operation,
        String path,
        Map<String, Object> data,
        Secret secret,
        String displayName,
        String entityId,
        String clientTokenAccessor,
        String mountPoint,
        String mountAccessor,
        boolean unauthenticated,
        Map<String, List<String>> headers,
        String remoteAddress) {

    public Request {
        Objects.requireNonNull(operation, "operation");
        id = nullToEmpty(id);
        path = nullToEmpty(path);
        data = Json.immutableCopy(data);
        displayName = nullToEmpty(displayName);
        entityId = nullToEmpty(entityId);
        clientTokenAccessor = nullToEmpty(clientTokenAccessor);
        mountPoint = nullToEmpty(mountPoint);
        mountAccessor = nullToEmpty(mountAccessor);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        remoteAddress = nullToEmpty(remoteAddress);
    }

    /** A request with only an operation, path and data, as tests and internal callers build them. */
    public static Request of(Operation operation, String path, Map<String, Object> data) {
        return new Request("", operation, path, data, null, "", "", "", "", "", false, Map.of(), "");
    }

    /** The same request with other data (e.g. after path captures were merged in). */
    public Request withData(Map<String, Object> newData) {
        return new Request(id, operation, path, newData, secret, displayName, entityId, clientTokenAccessor,
                mountPoint, mountAccessor, unauthenticated, headers, remoteAddress);
    }

    /** The same request carrying a stored secret (renew and revoke). */
    public Request withSecret(Secret newSecret) {
        return new Request(id, operation, path, data, newSecret, displayName, entityId, clientTokenAccessor,
                mountPoint, mountAccessor, unauthenticated, headers, remoteAddress);
    }

    /** The secret of a renew or revoke request. */
    public Optional<Secret> optionalSecret() {
        return Optional.ofNullable(secret);
    }

    /** Identity facts only: request data may carry secrets and is never printed. */
    @Override
    public String toString() {
        return "Request[" + operation.wireName() + " " + path + ", id=" + id + "]";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
