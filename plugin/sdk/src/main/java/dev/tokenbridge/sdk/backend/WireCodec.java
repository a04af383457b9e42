// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import com.google.protobuf.Timestamp;
import dev.tokenbridge.proto.pb.Header;
import dev.tokenbridge.proto.pb.Paths;
import dev.tokenbridge.proto.pb.ProtoError;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.LeaseOptions;
import dev.tokenbridge.sdk.logical.Operation;
import dev.tokenbridge.sdk.logical.OperationNotSupportedException;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.Request;
import dev.tokenbridge.sdk.logical.Response;
import dev.tokenbridge.sdk.logical.Secret;
import dev.tokenbridge.sdk.logical.SpecialPaths;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the protobuf wire messages and the logical model, in the spirit of Vault's
 * {@code translation.go}. Durations are Go nanoseconds; JSON travels as text. Stateless.
 */
public final class WireCodec {
    /** Go's zero {@code time.Time}, which Vault expects whenever lease options are present but unset. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private WireCodec() {}

    /**
     * The logical request for a wire request.
     *
     * @throws PluginException for an unknown operation or request data that is not a JSON object
     */
    public static Request toRequest(dev.tokenbridge.proto.pb.Request wire) {
        Operation operation = Operation.fromWire(wire.getOperation())
                .orElseThrow(() -> new OperationNotSupportedException("unsupported operation " + wire.getOperation()));
        Map<String, Object> data;
        try {
            data = Json.parseObject(wire.getData());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("request body: expected a JSON object");
        }
        Secret secret = wire.hasSecret() ? toSecret(wire.getSecret()) : null;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        wire.getHeadersMap().forEach((name, values) -> headers.put(name, List.copyOf(values.getHeaderList())));
        String remote = wire.hasConnection() ? wire.getConnection().getRemoteAddr() : "";
        return new Request(wire.getId(), operation, wire.getPath(), data, secret, wire.getDisplayName(),
                wire.getEntityId(), wire.getClientTokenAccessor(), wire.getMountPoint(), wire.getMountAccessor(),
                wire.getUnauthenticated(), headers, remote);
    }

    /** The wire response for a logical one. */
    public static dev.tokenbridge.proto.pb.Response toWire(Response response) {
        var wire = dev.tokenbridge.proto.pb.Response.newBuilder()
                .setData(Json.write(response.data()))
                .addAllWarnings(response.warnings());
        response.headers().forEach((name, values) ->
                wire.putHeaders(name, Header.newBuilder().addAllHeader(values).build()));
        if (response.secret() != null) {
            wire.setSecret(toWire(response.secret()));
        }
        return wire.build();
    }

    /** The wire form of a secret; internal data is always a JSON object. */
    public static dev.tokenbridge.proto.pb.Secret toWire(Secret secret) {
        LeaseOptions lease = secret.leaseOptions();
        return dev.tokenbridge.proto.pb.Secret.newBuilder()
                .setLeaseOptions(dev.tokenbridge.proto.pb.LeaseOptions.newBuilder()
                        .setTTL(lease.ttl().toNanos())
                        .setMaxTTL(lease.maxTtl().toNanos())
                        .setRenewable(lease.renewable())
                        .setIncrement(lease.increment().toNanos())
                        .setIssueTime(timestamp(lease.issueTime())))
                .setInternalData(Json.write(secret.internalData()))
                .setLeaseId(secret.leaseId())
                .build();
    }

    static Secret toSecret(dev.tokenbridge.proto.pb.Secret wire) {
        var lease = wire.getLeaseOptions();
        Instant issued = lease.hasIssueTime() ? instant(lease.getIssueTime()) : GO_ZERO_TIME;
        LeaseOptions options = new LeaseOptions(nonNegative(lease.getTTL()), nonNegative(lease.getMaxTTL()),
                lease.getRenewable(), nonNegative(lease.getIncrement()), issued);
        Map<String, Object> internal;
        try {
            internal = Json.parseObject(wire.getInternalData());
        } catch (IllegalArgumentException e) {
            // Undecodable internal data can never be revoked correctly: say so without retries.
            throw new dev.tokenbridge.sdk.logical.UnrecoverableException("secret internal data is not a JSON object");
        }
        return new Secret(options, internal, wire.getLeaseId());
    }

    /** The wire error for an exception thrown by a backend. */
    public static ProtoError toWire(PluginException error) {
        String message = error instanceof InternalException ? InternalException.GENERIC_MESSAGE : error.getMessage();
        return ProtoError.newBuilder()
                .setErrType(error.kind().wireCode())
                .setErrMsg(message == null ? "" : message)
                .setErrCode(error.httpStatus())
                .build();
    }

    /** The wire form of special paths. */
    public static Paths toWire(SpecialPaths paths) {
        return Paths.newBuilder()
                .addAllRoot(paths.root())
                .addAllUnauthenticated(paths.unauthenticated())
                .addAllSealWrapStorage(paths.sealWrapStorage())
                .addAllLocalStorage(paths.localStorage())
                .build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static Duration nonNegative(long nanos) {
        return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos);
    }
}
