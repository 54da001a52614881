package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.CallHook;
import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.SecretScan;
import io.netobs.testing.FakeExtraHop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transport safety through the ExtraHop client's own builder options, against the fake appliance
 * serving HTTPS with a self-signed certificate: refused by default, accepted when trusted by PEM
 * file or by fingerprint, refused when the fingerprint does not match or the certificate names
 * another host; and credentials are refused over plain {@code http://} to a host that is not
 * loopback unless allowed. A refused connection never reaches the appliance, is not retried, and
 * leaks no credential.
 */
class ReliabilityTransportTest {
  private static final HeldCertificate FOR_LOOPBACK =
      new HeldCertificate.Builder()
          .commonName("eh-appliance")
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("localhost")
          .build();
  private static final HeldCertificate FOR_ANOTHER_HOST =
      new HeldCertificate.Builder()
          .commonName("eh.example.com")
          .addSubjectAlternativeName("eh.example.com")
          .build();
  private static final SecretScan SCAN = new SecretScan();

  @TempDir static Path dir;
  private static FakeExtraHop appliance;
  private static FakeExtraHop misnamed;

  @BeforeAll
  static void start() {
    CapturedLogs.clear();
    appliance = FakeExtraHop.builder().tls(FOR_LOOPBACK).start();
    misnamed = FakeExtraHop.builder().tls(FOR_ANOTHER_HOST).start();
    SCAN.secret(appliance.apiKey(), misnamed.apiKey());
  }

  @AfterAll
  static void stop() {
    try {
      assertThat(SCAN.leaks()).isEmpty();
    } finally {
      appliance.close();
      misnamed.close();
    }
  }

  private static ExtraHopClient client(
      FakeExtraHop fake, UnaryOperator<ExtraHopClient.Builder> trust) {
    ExtraHopClient.Builder builder =
        ExtraHopClient.builder()
            .baseUrl(fake.apiUrl())
            .apiKey(fake.apiKey())
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(5));
    ExtraHopClient client = trust.apply(builder).build();
    SCAN.object(client).object(builder);
    return client;
  }

  private static void refused(
      FakeExtraHop fake, UnaryOperator<ExtraHopClient.Builder> trust, String why, String says) {
    fake.journal().clear();
    AtomicInteger attempts = new AtomicInteger();
    CallHook counting =
        new CallHook() {
          @Override
          public void afterAttempt(Outcome outcome) {
            attempts.incrementAndGet();
          }
        };
    try (ExtraHopClient client = client(fake, b -> trust.apply(b).hook(counting))) {
      assertThatThrownBy(() -> client.tags().list())
          .as(why)
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                SCAN.exception(e);
                assertThat(e.requestSent()).as("nothing was sent").isFalse();
                assertThat(e.getCause()).isInstanceOf(SSLException.class);
                assertThat(e)
                    .hasMessageStartingWith("GET /api/v1/tags: ")
                    .hasMessageContaining(says);
              });
    }
    assertThat(attempts).as("%s: a refused certificate is not tried again", why).hasValue(1);
    assertThat(fake.journal().total()).as("%s: the appliance saw no request", why).isZero();
  }

  private static void accepted(FakeExtraHop fake, UnaryOperator<ExtraHopClient.Builder> trust) {
    try (ExtraHopClient client = client(fake, trust)) {
      assertThat(client.tags().list()).isNotEmpty();
    }
  }

  static Path pem(HeldCertificate certificate) throws Exception {
    return Files.writeString(
        dir.resolve("cert-" + System.nanoTime() + ".pem"), certificate.certificatePem());
  }

  static String fingerprint(HeldCertificate certificate) throws Exception {
    byte[] sha256 =
        MessageDigest.getInstance("SHA-256").digest(certificate.certificate().getEncoded());
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256);
  }

  @Test
  void aSelfSignedApplianceIsRefusedByDefault() throws Exception {
    refused(
        appliance,
        b -> b,
        "the JVM's trust store does not know the appliance",
        "does not trust, SHA-256 fingerprint " + fingerprint(FOR_LOOPBACK));
  }

  @Test
  void aSelfSignedApplianceIsAcceptedWhenTrustedByPemOrByFingerprint() throws Exception {
    Path pem = pem(FOR_LOOPBACK);
    String fingerprint = fingerprint(FOR_LOOPBACK);
    accepted(appliance, b -> b.caCertificate(pem));
    accepted(appliance, b -> b.certificateFingerprint(fingerprint));
    accepted(appliance, b -> b.certificateFingerprint(fingerprint.replace(":", "").toLowerCase()));
  }

  @Test
  void aFingerprintThatDoesNotMatchIsRefused() throws Exception {
    String other = fingerprint(FOR_ANOTHER_HOST);
    String presented = "does not trust, SHA-256 fingerprint " + fingerprint(FOR_LOOPBACK);
    refused(
        appliance,
        b -> b.certificateFingerprint(other),
        "pinned to another certificate",
        presented);
    Path otherPem = pem(FOR_ANOTHER_HOST);
    refused(appliance, b -> b.caCertificate(otherPem), "trusting another certificate", presented);
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    Path pem = pem(FOR_ANOTHER_HOST);
    String fingerprint = fingerprint(FOR_ANOTHER_HOST);
    refused(
        misnamed,
        b -> b.caCertificate(pem),
        "trusted, but issued to eh.example.com, not 127.0.0.1",
        "host name mismatch");
    refused(
        misnamed,
        b -> b.certificateFingerprint(fingerprint),
        "pinned, but host name verification stays on",
        "host name mismatch");
  }

  @Test
  void credentialsAreRefusedInClearTextToAHostThatIsNotLoopbackUnlessAllowed() {
    String key = appliance.apiKey();
    for (String url :
        new String[] {"http://eh.example.com", "http://10.1.2.3:8080", "http://[2001:db8::1]"}) {
      assertThatThrownBy(() -> ExtraHopClient.builder().host(url).apiKey(key).build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clear text")
          .satisfies(SCAN::exception);
      assertThatThrownBy(
              () ->
                  ExtraHopClient.builder()
                      .host(url)
                      .oauth2Client("client-id", "oauth-secret-4471")
                      .build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clear text")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("oauth-secret-4471"));
      try (ExtraHopClient allowed =
          ExtraHopClient.builder().host(url).apiKey(key).allowCleartextCredentials(true).build()) {
        assertThat(allowed.baseUrl()).startsWith("http://");
        SCAN.object(allowed);
      }
    }
    // Loopback is this machine: the fakes themselves are plain http on 127.0.0.1.
    try (FakeExtraHop plain = FakeExtraHop.start();
        ExtraHopClient local =
            ExtraHopClient.builder().baseUrl(plain.apiUrl()).apiKey(plain.apiKey()).build()) {
      assertThat(local.tags().list()).isNotEmpty();
    }
  }
}
