// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * go-plugin's AutoMTLS: Vault hands us its one-time certificate in {@code PLUGIN_CLIENT_CERT}; we make
 * our own for this process and advertise it in the handshake. Each side trusts exactly the other's
 * certificate, for the plugin's server and for the broker connection back to Vault. Immutable.
 */
public final class AutoMtls {
    /** Both certificates name {@code localhost}; Go verifies the SAN, not the address dialled. */
    public static final String AUTHORITY = "localhost";

    private final KeyPair keyPair;
    private final X509Certificate ownCertificate;
    private final X509Certificate vaultCertificate;

    private AutoMtls(KeyPair keyPair, X509Certificate ownCertificate, X509Certificate vaultCertificate) {
        this.keyPair = keyPair;
        this.ownCertificate = ownCertificate;
        this.vaultCertificate = vaultCertificate;
    }

    /** Generates this process's key and certificate and trusts the given Vault certificate (PEM). */
    public static AutoMtls forVaultCertificate(String vaultCertificatePem) {
        X509Certificate vault = parsePem(vaultCertificatePem);
        KeyPair keys = generateKeyPair();
        return new AutoMtls(keys, selfSigned(keys, Instant.now()), vault);
    }

    /** Our certificate, as the handshake sends it: unpadded standard base64 of the DER bytes. */
    public String handshakeCertificate() {
        try {
            return Base64.getEncoder().withoutPadding().encodeToString(ownCertificate.getEncoded());
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot encode our certificate", e);
        }
    }

    /** Our certificate (public). */
    public X509Certificate certificate() {
        return ownCertificate;
    }

    /** TLS for the plugin's gRPC server: our key, client certificate required and only Vault's trusted. */
    public SslContext serverContext() {
        // NOTE: the JDK provider on purpose: BoringSSL (netty-tcnative) rejects Vault's P-521 certificate.
        SslContextBuilder builder = SslContextBuilder.forServer(keyPair.getPrivate(), ownCertificate)
                .trustManager(vaultCertificate)
                .clientAuth(ClientAuth.REQUIRE);
        return build(GrpcSslContexts.configure(builder, SslProvider.JDK));
    }

    /** TLS for dialling Vault's broker socket: we present our certificate and trust only Vault's. */
    public SslContext clientContext() {
        SslContextBuilder builder = SslContextBuilder.forClient()
                .keyManager(keyPair.getPrivate(), ownCertificate)
                .trustManager(vaultCertificate);
        return build(GrpcSslContexts.configure(builder, SslProvider.JDK));
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "AutoMtls[subject=" + ownCertificate.getSubjectX500Principal() + "]";
    }

    private static SslContext build(SslContextBuilder builder) {
        try {
            return builder.protocols("TLSv1.3", "TLSv1.2").build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the TLS context", e);
        }
    }

    static X509Certificate parsePem(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("PLUGIN_CLIENT_CERT is not a PEM X.509 certificate", e);
        }
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate P-256 keys", e);
        }
    }

    /**
     * A certificate with the properties go-plugin's verifier needs: SAN DNS:localhost, both TLS key
     * purposes, usable as its own root (CA), positive random serial, valid from 30 s ago.
     */
    static X509Certificate selfSigned(KeyPair keys, Instant now) {
        X500Name name = new X500Name("CN=localhost, O=tokenbridge");
        BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
                Date.from(now.minusSeconds(30)), Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                    | KeyUsage.keyEncipherment | KeyUsage.keyAgreement | KeyUsage.keyCertSign));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, AUTHORITY)));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot create the plugin certificate", e);
        }
    }
}
