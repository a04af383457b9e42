// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import com.google.protobuf.ByteString;
import dev.tokenbridge.proto.pb.StorageDeleteArgs;
import dev.tokenbridge.proto.pb.StorageDeleteReply;
import dev.tokenbridge.proto.pb.StorageGetArgs;
import dev.tokenbridge.proto.pb.StorageGetReply;
import dev.tokenbridge.proto.pb.StorageGrpc;
import dev.tokenbridge.proto.pb.StorageListArgs;
import dev.tokenbridge.proto.pb.StorageListReply;
import dev.tokenbridge.proto.pb.StoragePutArgs;
import dev.tokenbridge.proto.pb.StoragePutReply;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.StorageEntry;
import dev.tokenbridge.sdk.testing.InMemoryStorage;
import io.grpc.stub.StreamObserver;

/** Vault's side of pb.Storage for in-process tests: errors travel in the reply's err string, as Vault sends them. */
final class FakeVaultStorage extends StorageGrpc.StorageImplBase {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    public void list(StorageListArgs args, StreamObserver<StorageListReply> reply) {
        reply.onNext(StorageListReply.newBuilder().addAllKeys(storage.list(args.getPrefix())).build());
        reply.onCompleted();
    }

    @Override
    public void get(StorageGetArgs args, StreamObserver<StorageGetReply> reply) {
        var builder = StorageGetReply.newBuilder();
        storage.get(args.getKey()).ifPresent(entry -> builder.setEntry(dev.tokenbridge.proto.pb.StorageEntry.newBuilder()
                .setKey(entry.key()).setValue(ByteString.copyFrom(entry.value())).setSealWrap(entry.sealWrap())));
        reply.onNext(builder.build());
        reply.onCompleted();
    }

    @Override
    public void put(StoragePutArgs args, StreamObserver<StoragePutReply> reply) {
        var builder = StoragePutReply.newBuilder();
        try {
            var e = args.getEntry();
            storage.put(new StorageEntry(e.getKey(), e.getValue().toByteArray(), e.getSealWrap()));
        } catch (PluginException e) {
            builder.setErr(e.getMessage());
        }
        reply.onNext(builder.build());
        reply.onCompleted();
    }

    @Override
    public void delete(StorageDeleteArgs args, StreamObserver<StorageDeleteReply> reply) {
        storage.delete(args.getKey());
        reply.onNext(StorageDeleteReply.getDefaultInstance());
        reply.onCompleted();
    }
}
