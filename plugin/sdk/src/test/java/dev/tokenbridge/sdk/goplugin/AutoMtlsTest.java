// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.sdk.goplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoMtlsTest {
    private final TestIdentity vault = TestIdentity.create();
    private final AutoMtls mtls = AutoMtls.forVaultCertificate(vault.pem());

    @Test
    void ourCertificateHasWhatGoPluginsVerifierNeeds() throws Exception {
        X509Certificate cert = mtls.certificate();
        assertTrue(cert.getSubjectAlternativeNames().contains(List.of(2, "localhost")), "SAN DNS:localhost");
        assertTrue(cert.getExtendedKeyUsage().containsAll(List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2")),
                "serverAuth and clientAuth");
        assertTrue(cert.getBasicConstraints() >= 0, "usable as its own root");
        assertTrue(cert.getSerialNumber().signum() > 0, "positive serial");
        cert.checkValidity(new Date());
        cert.checkValidity(Date.from(Instant.now().minusSeconds(20)));
        cert.verify(cert.getPublicKey());
        assertEquals("EC", cert.getPublicKey().getAlgorithm());
    }

    @Test
    void handshakeCertificateIsUnpaddedBase64OfTheDerBytes() throws Exception {
        String encoded = mtls.handshakeCertificate();
        assertFalse(encoded.contains("="), "no padding");
        assertFalse(encoded.contains("\n"), "no line breaks");
        assertTrue(java.util.Arrays.equals(mtls.certificate().getEncoded(), Base64.getDecoder().decode(encoded)));
    }

    @Test
    void rejectsAVaultCertificateThatIsNotPem() {
        assertThrows(IllegalArgumentException.class, () -> AutoMtls.forVaultCertificate("not a certificate"));
    }

    @Test
    void toStringNeverShowsKeyMaterial() {
        String text = mtls.toString();
        assertFalse(text.contains("PRIVATE"));
        assertFalse(text.contains(mtls.handshakeCertificate().substring(0, 20)));
    }
}
