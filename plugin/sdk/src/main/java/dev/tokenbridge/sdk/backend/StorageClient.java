// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import com.google.protobuf.ByteString;
import dev.tokenbridge.proto.pb.StorageDeleteArgs;
import dev.tokenbridge.proto.pb.StorageGetArgs;
import dev.tokenbridge.proto.pb.StorageGrpc;
import dev.tokenbridge.proto.pb.StorageListArgs;
import dev.tokenbridge.proto.pb.StoragePutArgs;
import dev.tokenbridge.sdk.logical.Storage;
import dev.tokenbridge.sdk.logical.StorageEntry;
import io.grpc.Channel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The mount's storage, served by Vault over the brokered connection. Thread-safe. */
public final class StorageClient implements Storage {
    private final StorageGrpc.StorageBlockingStub stub;

    public StorageClient(Channel vault) {
        this.stub = StorageGrpc.newBlockingStub(vault);
    }

    @Override
    public List<String> list(String prefix) {
        var reply = VaultCalls.call("storage list", () ->
                stub().list(StorageListArgs.newBuilder().setPrefix(prefix).build()));
        VaultCalls.checkError("storage list", reply.getErr());
        return List.copyOf(reply.getKeysList());
    }

    @Override
    public Optional<StorageEntry> get(String key) {
        var reply = VaultCalls.call("storage get", () ->
                stub().get(StorageGetArgs.newBuilder().setKey(key).build()));
        VaultCalls.checkError("storage get", reply.getErr());
        if (!reply.hasEntry()) {
            return Optional.empty();
        }
        var entry = reply.getEntry();
        return Optional.of(new StorageEntry(entry.getKey(), entry.getValue().toByteArray(), entry.getSealWrap()));
    }

    @Override
    public void put(StorageEntry entry) {
        var wire = dev.tokenbridge.proto.pb.StorageEntry.newBuilder()
                .setKey(entry.key())
                .setValue(ByteString.copyFrom(entry.value()))
                .setSealWrap(entry.sealWrap())
                .build();
        var reply = VaultCalls.call("storage put", () ->
                stub().put(StoragePutArgs.newBuilder().setEntry(wire).build()));
        VaultCalls.checkError("storage put", reply.getErr());
    }

    @Override
    public void delete(String key) {
        var reply = VaultCalls.call("storage delete", () ->
                stub().delete(StorageDeleteArgs.newBuilder().setKey(key).build()));
        VaultCalls.checkError("storage delete", reply.getErr());
    }

    private StorageGrpc.StorageBlockingStub stub() {
        return stub.withDeadlineAfter(VaultCalls.CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
