// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;

/** A stand-in for Vault's side of AutoMTLS in tests: a P-521 key and certificate like Vault's. */
record TestIdentity(KeyPair keys, X509Certificate certificate) {
    static TestIdentity create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp521r1"));
            KeyPair keys = generator.generateKeyPair();
            return new TestIdentity(keys, AutoMtls.selfSigned(keys, Instant.now()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server context that, like Vault's broker listener, requires a client certificate it trusts. */
    SslContext serverContextTrusting(X509Certificate client) throws Exception {
        return GrpcSslContexts.configure(SslContextBuilder.forServer(keys.getPrivate(), certificate)
                .trustManager(client).clientAuth(ClientAuth.REQUIRE), SslProvider.JDK).build();
    }

    /** A client context that presents this identity and trusts {@code server}. */
    SslContext clientContextTrusting(X509Certificate server) throws Exception {
        return GrpcSslContexts.configure(SslContextBuilder.forClient()
                .keyManager(keys.getPrivate(), certificate).trustManager(server), SslProvider.JDK).build();
    }
}
