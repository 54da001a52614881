package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.TlsTrust;
import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A self-signed "appliance" certificate, made in the test, for localhost or for another name. */
class TlsTest {
  private final MockWebServer server = new MockWebServer();
  private HeldCertificate certificate;

  private void serve(String hostName) throws Exception {
    certificate =
        new HeldCertificate.Builder()
            .commonName(hostName)
            .addSubjectAlternativeName(hostName)
            .build();
    HandshakeCertificates serverCertificates =
        new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    server.useHttps(serverCertificates.sslSocketFactory());
    server.start();
    for (int i = 0; i < 4; i++) {
      server.enqueue(Servers.status(204));
    }
  }

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpCore core(TlsTrust trust) {
    return HttpCore.create(
        server.url("/api/v1").toString(),
        Auth.extraHopApiKey("key-5678"),
        CoreOptions.builder().tlsTrust(trust).build());
  }

  private String fingerprint() throws Exception {
    return HexFormat.ofDelimiter(":")
        .withUpperCase()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(certificate.certificate().getEncoded()));
  }

  @Test
  void aSelfSignedCertificateIsRefusedByDefault() throws Exception {
    serve("localhost");
    try (HttpCore core = core(TlsTrust.system())) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/extrahop").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageStartingWith(
              "GET /api/v1/extrahop: the server presented a certificate this client does not"
                  + " trust, SHA-256 fingerprint "
                  + fingerprint())
          .hasMessageContaining("certificateFingerprint(\"" + fingerprint() + "\")")
          .hasMessageContaining("EXTRAHOP_CERT_FINGERPRINT")
          .hasMessageContaining("caCertificate(path)")
          .hasMessageContaining("SSLHandshakeException");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aCertificateOutsideATrustedPemNamesItsFingerprintToo() throws Exception {
    serve("localhost");
    HeldCertificate other = new HeldCertificate.Builder().commonName("other CA").build();
    try (HttpCore core = core(TlsTrust.pem(other.certificatePem()))) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/extrahop").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("SHA-256 fingerprint " + fingerprint());
    }
  }

  @Test
  void trustedByPemFile(@TempDir Path dir) throws Exception {
    serve("localhost");
    Path pem = dir.resolve("appliance.pem");
    Files.writeString(pem, certificate.certificatePem());
    try (HttpCore core = core(TlsTrust.pemFile(pem))) {
      assertThat(core.send(ApiRequest.get("/extrahop").build()).status()).isEqualTo(204);
    }
  }

  @Test
  void trustedByFingerprintInAnyNotation() throws Exception {
    serve("localhost");
    String fp = fingerprint();
    for (String notation : new String[] {fp, fp.replace(":", "").toLowerCase()}) {
      try (HttpCore core = core(TlsTrust.sha256Fingerprint(notation))) {
        assertThat(core.send(ApiRequest.get("/extrahop").build()).status()).isEqualTo(204);
      }
    }
  }

  @Test
  void aDifferentFingerprintIsRefused() throws Exception {
    serve("localhost");
    try (HttpCore core = core(TlsTrust.sha256Fingerprint("00".repeat(32)))) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/extrahop").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("SHA-256 fingerprint " + fingerprint())
          .hasMessageContaining("not the pinned 00:00");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void hostnameVerificationStaysOnWithPemAndFingerprint() throws Exception {
    serve("appliance.other.example");
    try (HttpCore core = core(TlsTrust.pem(certificate.certificatePem()))) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/extrahop").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("host name mismatch")
          .hasMessageContaining("Hostname localhost not verified");
    }
    try (HttpCore core = core(TlsTrust.sha256Fingerprint(fingerprint()))) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/extrahop").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("host name mismatch");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void turningVerificationOffWorksAndWarnsForEveryClient() throws Exception {
    serve("appliance.other.example");
    for (int i = 0; i < 2; i++) {
      try (HttpCore core = core(TlsTrust.insecureTrustAnyCertificateAndHostname())) {
        assertThat(core.send(ApiRequest.get("/extrahop").build()).status()).isEqualTo(204);
      }
    }
    assertThat(CapturedLogs.lines())
        .filteredOn(l -> l.message().contains("TLS verification is OFF"))
        .hasSize(2);
  }

  @Test
  void badTrustInputNamesTheProblem() {
    assertThatThrownBy(() -> TlsTrust.sha256Fingerprint("abc")).hasMessageContaining("fingerprint");
    assertThatThrownBy(() -> TlsTrust.pem("not a pem")).hasMessageContaining("BEGIN CERTIFICATE");
    assertThatThrownBy(() -> TlsTrust.pemFile(Path.of("/does/not/exist.pem")))
        .hasMessageContaining("/does/not/exist.pem");
  }
}
