// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Plays a TLS client that does not hold Vault's one-time client certificate: it trusts any server,
 * offers HTTP/2 (as gRPC does), sends the HTTP/2 preface and reports whether any reply came back.
 */
public final class TlsProbe {

  private static final byte[] HTTP2_PREFACE_AND_EMPTY_SETTINGS = concat(
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
      new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});
  private static final int TIMEOUT_MILLIS = 10_000;

  private TlsProbe() {}

  /** What happened: the server's certificates, whether it sent application data, and the failure. */
  public record Outcome(List<X509Certificate> serverChain, boolean receivedApplicationData, IOException failure) {

    /** True if the server presented a certificate, that is, we really reached its TLS layer. */
    public boolean serverPresentedCertificate() {
      return !serverChain.isEmpty();
    }
  }

  /** Connects to {@code 127.0.0.1:port} without any client certificate. */
  public static Outcome withoutClientCertificate(int port) throws GeneralSecurityException {
    return connect(port, new KeyManager[0]);
  }

  /** Connects to {@code 127.0.0.1:port} with a freshly generated self-signed client certificate. */
  public static Outcome withSelfSignedClientCertificate(int port) throws GeneralSecurityException {
    return connect(port, new KeyManager[] {selfSignedKeyManager()});
  }

  private static Outcome connect(int port, KeyManager[] keyManagers) throws GeneralSecurityException {
    RecordingTrustManager trust = new RecordingTrustManager();
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers, new TrustManager[] {trust}, new SecureRandom());
    try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setApplicationProtocols(new String[] {"h2"});
      socket.setSSLParameters(parameters);
      // Under TLS 1.3 the client finishes its side before the server has checked the client
      // certificate, so a rejection may only show on the first read.
      socket.startHandshake();
      OutputStream out = socket.getOutputStream();
      out.write(HTTP2_PREFACE_AND_EMPTY_SETTINGS);
      out.flush();
      boolean replied = socket.getInputStream().read() >= 0;
      return new Outcome(trust.chain, replied, null);
    } catch (IOException e) {
      return new Outcome(trust.chain, false, e);
    }
  }

  /** A key manager that always offers one self-signed ECDSA certificate, whatever CAs are asked for. */
  private static X509ExtendedKeyManager selfSignedKeyManager() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=not-vault");
    Instant now = Instant.now();
    try {
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          subject, BigInteger.valueOf(now.toEpochMilli()),
          Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofHours(1))),
          subject, keys.getPublic());
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      X509Certificate certificate = new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      return new FixedKeyManager(certificate, keys.getPrivate());
    } catch (IOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot create a self-signed certificate", e);
    }
  }

  /** Offers its one certificate for every request; JSSE's own would withhold it from a foreign CA list. */
  private static final class FixedKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "client";
    private final X509Certificate certificate;
    private final PrivateKey key;

    FixedKeyManager(X509Certificate certificate, PrivateKey key) {
      this.certificate = certificate;
      this.key = key;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return ALIAS;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
      return ALIAS;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return new String[] {ALIAS};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return new X509Certificate[] {certificate};
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return key;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }
  }

  /** Trusts every server and remembers the chain it presented. */
  private static final class RecordingTrustManager implements X509TrustManager {
    private final List<X509Certificate> chain = new ArrayList<>();

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) {
      chain.addAll(List.of(presented));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) {
      throw new UnsupportedOperationException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
