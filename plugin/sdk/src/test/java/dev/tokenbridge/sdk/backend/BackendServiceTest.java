// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tokenbridge.proto.pb.BackendGrpc;
import dev.tokenbridge.proto.pb.Empty;
import dev.tokenbridge.proto.pb.HandleExistenceCheckArgs;
import dev.tokenbridge.proto.pb.HandleRequestArgs;
import dev.tokenbridge.proto.pb.HandleRequestReply;
import dev.tokenbridge.proto.pb.SetupArgs;
import dev.tokenbridge.sdk.logical.ErrorKind;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.Json;
import dev.tokenbridge.sdk.logical.LogicalBackend;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pb.Backend over grpc-java's in-process transport, with Vault's storage faked per broker id. */
class BackendServiceTest {
    private final Map<Integer, FakeVaultStorage> vaultStorages = new HashMap<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private ManagedChannel pluginChannel;

    @BeforeEach
    void startPlugin() throws Exception {
        startPlugin(NotesBackend.FACTORY::create);
    }

    private void startPlugin(dev.tokenbridge.sdk.logical.BackendFactory factory) throws Exception {
        String name = InProcessServerBuilder.generateName();
        BackendService backend = new BackendService(factory, this::dialFakeVault);
        Server server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(backend, new MultiplexId())).build().start();
        closeables.add(server::shutdownNow);
        pluginChannel = InProcessChannelBuilder.forName(name).directExecutor().build();
        closeables.add(pluginChannel::shutdownNow);
    }

    private ManagedChannel dialFakeVault(int brokerId) {
        try {
            String name = InProcessServerBuilder.generateName();
            FakeVaultStorage storage = new FakeVaultStorage();
            vaultStorages.put(brokerId, storage);
            Server server = InProcessServerBuilder.forName(name).directExecutor().addService(storage).build().start();
            closeables.add(server::shutdownNow);
            return InProcessChannelBuilder.forName(name).directExecutor().build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    private BackendGrpc.BackendBlockingStub mount(String multiplexId) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("multiplex_id", Metadata.ASCII_STRING_MARSHALLER), multiplexId);
        return BackendGrpc.newBlockingStub(pluginChannel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static HandleRequestArgs request(String operation, String path, String data) {
        return HandleRequestArgs.newBuilder().setRequest(dev.tokenbridge.proto.pb.Request.newBuilder()
                .setOperation(operation).setPath(path).setData(data)).build();
    }

    @Test
    void reportsItselfAsASecretsEngine() {
        assertEquals(1, mount("a").type(Empty.getDefaultInstance()).getType());
    }

    @Test
    void eachMultiplexedMountGetsItsOwnBackendAndStorage() {
        assertEquals("", mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build()).getErr());
        assertEquals("", mount("b").setup(SetupArgs.newBuilder().setBrokerId(2).build()).getErr());

        mount("a").handleRequest(request("update", "greeting", "{\"message\":\"hello a\"}"));
        mount("b").handleRequest(request("update", "greeting", "{\"message\":\"hello b\"}"));

        HandleRequestReply readA = mount("a").handleRequest(request("read", "greeting", "null"));
        assertEquals("hello a", Json.parseObject(readA.getResponse().getData()).get("message"));
        assertEquals(List.of("greeting"), vaultStorages.get(1).storage.keys());
        assertEquals(List.of("greeting"), vaultStorages.get(2).storage.keys());
        assertTrue(new String(vaultStorages.get(2).storage.get("greeting").orElseThrow().value()).contains("hello b"));
    }

    @Test
    void aCallForAMountThatWasNeverSetUpIsAnError() {
        var error = assertThrows(StatusRuntimeException.class,
                () -> mount("nobody").handleRequest(request("read", "greeting", "null")));
        assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
        assertTrue(error.getStatus().getDescription().contains("nobody"));
    }

    @Test
    void aBadRequestBecomesAnErrorResponseNamingTheField() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        HandleRequestReply reply = mount("a").handleRequest(request("update", "greeting", "{\"colour\":\"red\"}"));
        assertFalse(reply.hasErr());
        String error = String.valueOf(Json.parseObject(reply.getResponse().getData()).get("error"));
        assertTrue(error.contains("colour"), error);
    }

    @Test
    void anUnknownPathIsUnsupportedPath() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        HandleRequestReply reply = mount("a").handleRequest(request("read", "no/such/path", "null"));
        assertEquals(ErrorKind.UNSUPPORTED_PATH.wireCode(), reply.getErr().getErrType());
    }

    @Test
    void anUnknownOperationIsUnsupportedOperation() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        HandleRequestReply reply = mount("a").handleRequest(request("teleport", "greeting", "null"));
        assertEquals(ErrorKind.UNSUPPORTED_OPERATION.wireCode(), reply.getErr().getErrType());
    }

    @Test
    void anUnexpectedFailureIsAGenericInternalErrorWithoutItsCause() throws Exception {
        stop();
        closeables.clear();
        startPlugin(config -> new ThrowingBackend());
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        HandleRequestReply reply = mount("a").handleRequest(request("read", "x", "null"));
        assertEquals(ErrorKind.INTERNAL.wireCode(), reply.getErr().getErrType());
        assertEquals(InternalException.GENERIC_MESSAGE, reply.getErr().getErrMsg());
    }

    @Test
    void readOnlyStorageTextPassesThroughUnchanged() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        vaultStorages.get(1).storage.setReadOnly(true);
        HandleRequestReply reply = mount("a").handleRequest(request("update", "greeting", "{\"message\":\"x\"}"));
        assertEquals("cannot write to readonly storage", reply.getErr().getErrMsg());
    }

    @Test
    void existenceCheckWithoutACheckFunctionSaysNotFound() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        var reply = mount("a").handleExistenceCheck(HandleExistenceCheckArgs.newBuilder()
                .setRequest(dev.tokenbridge.proto.pb.Request.newBuilder().setOperation("create").setPath("greeting")).build());
        assertFalse(reply.getCheckFound());
    }

    @Test
    void cleanupForgetsTheMount() {
        mount("a").setup(SetupArgs.newBuilder().setBrokerId(1).build());
        mount("a").cleanup(Empty.getDefaultInstance());
        assertThrows(StatusRuntimeException.class, () -> mount("a").handleRequest(request("read", "greeting", "null")));
    }

    @Test
    void setupReportsAFailedBrokerDialInItsErrorField() throws Exception {
        stop();
        closeables.clear();
        String name = InProcessServerBuilder.generateName();
        BackendService backend = new BackendService(NotesBackend.FACTORY, id -> {
            throw new IllegalStateException("timeout waiting for connection info for broker id " + id);
        });
        Server server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(backend, new MultiplexId())).build().start();
        closeables.add(server::shutdownNow);
        pluginChannel = InProcessChannelBuilder.forName(name).directExecutor().build();
        closeables.add(pluginChannel::shutdownNow);
        String error = mount("a").setup(SetupArgs.newBuilder().setBrokerId(4).build()).getErr();
        assertTrue(error.contains("broker id 4"), error);
    }

    private static final class ThrowingBackend implements LogicalBackend {
        @Override
        public dev.tokenbridge.sdk.logical.Response handleRequest(dev.tokenbridge.sdk.logical.Request request) {
            throw new IllegalStateException("secret detail that must not reach the client");
        }

        @Override
        public dev.tokenbridge.sdk.logical.ExistenceCheck existenceCheck(dev.tokenbridge.sdk.logical.Request request) {
            return dev.tokenbridge.sdk.logical.ExistenceCheck.notChecked();
        }

        @Override
        public dev.tokenbridge.sdk.logical.SpecialPaths specialPaths() {
            return dev.tokenbridge.sdk.logical.SpecialPaths.none();
        }
    }
}
