// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.backend;

import dev.tokenbridge.proto.pb.HandleExistenceCheckReply;
import dev.tokenbridge.proto.pb.HandleRequestReply;
import dev.tokenbridge.sdk.log.Log;
import dev.tokenbridge.sdk.logical.BadRequestException;
import dev.tokenbridge.sdk.logical.ExistenceCheck;
import dev.tokenbridge.sdk.logical.InternalException;
import dev.tokenbridge.sdk.logical.PluginException;
import dev.tokenbridge.sdk.logical.Response;
import java.util.function.Supplier;

/**
 * Runs a backend call and turns its outcome into the wire reply: a bad request becomes an error
 * response (HTTP 400 with the message), other plugin errors their Vault error kind, and anything
 * unexpected a generic internal error whose cause goes only to the log.
 */
final class Replies {
    private static final Log LOG = Log.named("backend");

    private Replies() {}

    static HandleRequestReply handleRequest(Supplier<Response> call) {
        try {
            Response response = call.get();
            var reply = HandleRequestReply.newBuilder();
            if (response != null) {
                reply.setResponse(WireCodec.toWire(response));
            }
            return reply.build();
        } catch (BadRequestException e) {
            return HandleRequestReply.newBuilder().setResponse(WireCodec.toWire(Response.error(e.getMessage()))).build();
        } catch (PluginException e) {
            logIfInternal(e);
            return HandleRequestReply.newBuilder().setErr(WireCodec.toWire(e)).build();
        } catch (RuntimeException e) {
            LOG.error("unexpected failure handling a request", e);
            return HandleRequestReply.newBuilder().setErr(WireCodec.toWire(new InternalException("unexpected"))).build();
        }
    }

    static HandleExistenceCheckReply existenceCheck(Supplier<ExistenceCheck> call) {
        try {
            ExistenceCheck check = call.get();
            return HandleExistenceCheckReply.newBuilder()
                    .setCheckFound(check.checkFound())
                    .setExists(check.exists())
                    .build();
        } catch (PluginException e) {
            logIfInternal(e);
            return HandleExistenceCheckReply.newBuilder().setErr(WireCodec.toWire(e)).build();
        } catch (RuntimeException e) {
            LOG.error("unexpected failure in an existence check", e);
            return HandleExistenceCheckReply.newBuilder().setErr(WireCodec.toWire(new InternalException("unexpected"))).build();
        }
    }

    private static void logIfInternal(PluginException e) {
        if (e instanceof InternalException) {
            LOG.error(e.getMessage(), e.getCause() == null ? e : e.getCause());
        }
    }
}
