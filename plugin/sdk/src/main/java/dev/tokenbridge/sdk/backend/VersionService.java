// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.proto.logical.Empty;
import dev.tokenbridge.proto.logical.PluginVersionGrpc;
import dev.tokenbridge.proto.logical.VersionReply;
import io.grpc.stub.StreamObserver;
import java.util.regex.Pattern;

/**
 * Reports the plugin's version to Vault. Vault compares it verbatim with the registered version, so
 * it must be empty or canonical semver with a leading {@code v} (e.g. {@code v0.1.0}).
 */
public final class VersionService extends PluginVersionGrpc.PluginVersionImplBase {
    private static final Pattern CANONICAL = Pattern.compile(
            "v(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final String version;

    /** @throws IllegalArgumentException if the version is neither empty nor canonical */
    public VersionService(String version) {
        if (!version.isEmpty() && !CANONICAL.matcher(version).matches()) {
            throw new IllegalArgumentException("plugin version must look like v1.2.3, was " + version);
        }
        this.version = version;
    }

    @Override
    public void version(Empty request, StreamObserver<VersionReply> reply) {
        reply.onNext(VersionReply.newBuilder().setPluginVersion(version).build());
        reply.onCompleted();
    }
}
