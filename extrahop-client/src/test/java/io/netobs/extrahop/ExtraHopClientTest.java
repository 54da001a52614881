package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraHopClientTest {
  @TempDir Path dir;

  private static ExtraHopClient.Builder keyed() {
    return ExtraHopClient.builder().apiKey("k-1");
  }

  @Test
  void hostBecomesAnHttpsBaseUrl() {
    try (ExtraHopClient c = keyed().host("eh.example.com").build()) {
      assertThat(c.baseUrl()).isEqualTo("https://eh.example.com/api/v1");
    }
    assertThat(ExtraHopClient.Builder.baseUrlOf("eh.example.com:8443"))
        .isEqualTo("https://eh.example.com:8443/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf(" https://eh.example.com/ "))
        .isEqualTo("https://eh.example.com/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf("HTTPS://EH.example.com"))
        .isEqualTo("https://EH.example.com/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf("http://localhost:8080"))
        .isEqualTo("http://localhost:8080/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf("https://tenant.api.cloud.extrahop.com/api/v1/"))
        .isEqualTo("https://tenant.api.cloud.extrahop.com/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf("10.0.0.5")).isEqualTo("https://10.0.0.5/api/v1");
    assertThat(ExtraHopClient.Builder.baseUrlOf("[fd00::5]:443"))
        .isEqualTo("https://[fd00::5]:443/api/v1");
  }

  @Test
  void badHostsAreRefusedWithTheRule() {
    assertThatThrownBy(() -> keyed().host("")).hasMessage("host must not be blank");
    assertThatThrownBy(() -> keyed().host("eh example.com"))
        .hasMessageContaining("must not contain spaces");
    assertThatThrownBy(() -> keyed().host("ftp://eh.example.com"))
        .hasMessageContaining("host must be a host name, host:port, or an http(s) URL");
    assertThatThrownBy(() -> keyed().host("https://eh.example.com/?x=1"))
        .hasMessageContaining("query");
    assertThatThrownBy(() -> keyed().baseUrl("eh.example.com/api/v1"))
        .hasMessageContaining("baseUrl must be an http:// or https:// URL");
  }

  @Test
  void baseUrlIsUsedAsGiven() {
    try (ExtraHopClient c = keyed().baseUrl("https://eh.example.com/proxy/api/v1/").build()) {
      assertThat(c.baseUrl()).isEqualTo("https://eh.example.com/proxy/api/v1");
    }
  }

  @Test
  void exactlyOneKindOfCredentialsIsRequired() {
    assertThatThrownBy(() -> ExtraHopClient.builder().host("eh").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "exactly one of apiKey(..) (appliance) or oauth2Client(..) (RevealX 360) must be set, neither was");
    assertThatThrownBy(
            () ->
                ExtraHopClient.builder()
                    .host("eh")
                    .apiKey("k")
                    .oauth2Client("id", "secret")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("exactly one of apiKey(..) or oauth2Client(..) must be set, both were");
    assertThatThrownBy(() -> ExtraHopClient.builder().apiKey("k").build())
        .hasMessage("host(..) or baseUrl(..) is required");
    assertThatThrownBy(() -> ExtraHopClient.builder().apiKey("k\nInjected: 1"))
        .hasMessageContaining("apiKey must not contain control characters");
    assertThatThrownBy(() -> ExtraHopClient.builder().oauth2Client("id", " "))
        .hasMessage("clientSecret must not be blank");
  }

  @Test
  void credentialsAreNotSentInClearTextToAnotherHost() {
    assertThatThrownBy(() -> keyed().host("http://eh.example.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text");
    try (ExtraHopClient c =
        keyed().host("http://eh.example.com").allowCleartextCredentials(true).build()) {
      assertThat(c.baseUrl()).isEqualTo("http://eh.example.com/api/v1");
    }
  }

  @Test
  void toStringNeverShowsSecrets() {
    try (ExtraHopClient key =
            ExtraHopClient.builder().host("eh").apiKey("super-secret-key").build();
        ExtraHopClient oauth =
            ExtraHopClient.builder()
                .host("tenant.api.cloud.extrahop.com")
                .oauth2Client("client-7", "client-secret-9")
                .build()) {
      assertThat(key.toString()).doesNotContain("super-secret-key").contains("https://eh/api/v1");
      assertThat(oauth.toString()).doesNotContain("client-secret-9").contains("client-7");
      assertThat(ExtraHopClient.builder().apiKey("super-secret-key").toString())
          .doesNotContain("super-secret-key");
    }
  }

  @Test
  void apiKeyGoesInTheExtraHopHeaderAndNeverIntoLogs() throws Exception {
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.json("[]");
      wire.client.tags().list();
      RecordedRequest request = wire.expect("GET", "/api/v1/tags");
      assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
      assertThat(request.getHeaders().get("User-Agent")).startsWith("netobs-java/");
    }
    assertThat(CapturedLogs.text()).contains("GET /api/v1/tags").doesNotContain(Wire.API_KEY);
  }

  @Test
  void oauth2ClientGetsATokenOnceAndSendsItAsBearer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(
                  "{\"access_token\": \"tok-123\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")
              .build());
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\": 1}").build());
      CapturedLogs.clear();
      try (ExtraHopClient c =
          ExtraHopClient.builder()
              .baseUrl(server.url("/api/v1").toString())
              .oauth2Client("cid", "csecret-42")
              .build()) {
        c.tags().list();
        c.tags().get(1);
      }
      RecordedRequest token = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(token.getMethod()).isEqualTo("POST");
      assertThat(token.getTarget()).isEqualTo("/oauth2/token");
      assertThat(token.getHeaders().get("Authorization")).startsWith("Basic ");
      assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials");
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
          .isEqualTo("Bearer tok-123");
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
          .isEqualTo("Bearer tok-123");
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(CapturedLogs.text()).doesNotContain("csecret-42").doesNotContain("tok-123");
    }
  }

  @Test
  void withOptionsSharesConnectionsAndChangesOnlyTheVariant() throws Exception {
    try (Wire wire = new Wire()) {
      ExtraHopClient variant =
          wire.client.withOptions(o -> o.header("X-Request-Source", "nightly-job"));
      wire.json("[]").json("[]").json("[]");
      variant.tags().list();
      wire.client.tags().list();
      variant.close();
      wire.client.tags().list();
      assertThat(wire.expect("GET", "/api/v1/tags").getHeaders().get("X-Request-Source"))
          .isEqualTo("nightly-job");
      assertThat(wire.expect("GET", "/api/v1/tags").getHeaders().get("X-Request-Source")).isNull();
      assertThat(wire.expect("GET", "/api/v1/tags").getHeaders().get("Authorization"))
          .isEqualTo("ExtraHop apikey=" + Wire.API_KEY);
      assertThat(variant.baseUrl()).isEqualTo(wire.client.baseUrl());
    }
  }

  @Test
  void fromEnvReadsVariablesAndPropertiesFirst() {
    Map<String, String> env =
        new HashMap<>(Map.of("EXTRAHOP_HOST", "eh.example.com", "EXTRAHOP_API_KEY", "env-key"));
    Map<String, String> props = new HashMap<>();
    try (ExtraHopClient c = ExtraHopClient.fromEnv(env::get, props::get)) {
      assertThat(c.baseUrl()).isEqualTo("https://eh.example.com/api/v1");
      assertThat(c.toString()).contains("extraHopApiKey").doesNotContain("env-key");
    }
    props.put("extrahop.host", "https://override.example.com:8443");
    try (ExtraHopClient c = ExtraHopClient.fromEnv(env::get, props::get)) {
      assertThat(c.baseUrl()).isEqualTo("https://override.example.com:8443/api/v1");
    }
  }

  @Test
  void fromEnvTakesRevealX360Credentials() {
    Map<String, String> env =
        Map.of(
            "EXTRAHOP_HOST",
            "https://t.api.cloud.extrahop.com",
            "EXTRAHOP_CLIENT_ID",
            "cid",
            "EXTRAHOP_CLIENT_SECRET",
            "cs");
    try (ExtraHopClient c = ExtraHopClient.fromEnv(env::get, k -> null)) {
      assertThat(c.toString())
          .contains("oauth2ClientCredentials(clientId=cid")
          .doesNotContain("=cs,");
    }
  }

  @Test
  void fromEnvNamesWhatIsMissingOrInConflict() {
    assertThatThrownBy(() -> ExtraHopClient.fromEnv(Map.<String, String>of()::get, k -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EXTRAHOP_HOST is not set");
    assertThatThrownBy(() -> ExtraHopClient.fromEnv(Map.of("EXTRAHOP_HOST", "eh")::get, k -> null))
        .hasMessageContaining(
            "no ExtraHop credentials: set EXTRAHOP_API_KEY, or EXTRAHOP_CLIENT_ID and EXTRAHOP_CLIENT_SECRET");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of("EXTRAHOP_HOST", "eh", "EXTRAHOP_CLIENT_ID", "cid")::get, k -> null))
        .hasMessageContaining("EXTRAHOP_CLIENT_SECRET is not set");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of("EXTRAHOP_HOST", "eh", "EXTRAHOP_CLIENT_SECRET", "cs")::get, k -> null))
        .hasMessageContaining("EXTRAHOP_CLIENT_ID is not set");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of(
                            "EXTRAHOP_HOST",
                            "eh",
                            "EXTRAHOP_API_KEY",
                            "k",
                            "EXTRAHOP_CLIENT_ID",
                            "cid")
                        ::get,
                    k -> null))
        .hasMessageContaining("either EXTRAHOP_API_KEY")
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of("EXTRAHOP_HOST", "ftp://eh", "EXTRAHOP_API_KEY", "k")::get, k -> null))
        .hasMessageContaining("EXTRAHOP_HOST is not a usable host");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of(
                            "EXTRAHOP_HOST",
                            "eh",
                            "EXTRAHOP_API_KEY",
                            "k",
                            "EXTRAHOP_CA_CERT",
                            dir.resolve("missing.pem").toString())
                        ::get,
                    k -> null))
        .hasMessageContaining("EXTRAHOP_CA_CERT")
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of(
                            "EXTRAHOP_HOST",
                            "eh",
                            "EXTRAHOP_API_KEY",
                            "k",
                            "EXTRAHOP_CERT_FINGERPRINT",
                            "abc")
                        ::get,
                    k -> null))
        .hasMessageContaining("EXTRAHOP_CERT_FINGERPRINT");
    assertThatThrownBy(
            () ->
                ExtraHopClient.fromEnv(
                    Map.of("EXTRAHOP_HOST", " ", "EXTRAHOP_API_KEY", "k")::get, k -> null))
        .hasMessageContaining("EXTRAHOP_HOST is not set");
  }

  @Test
  void trustsASelfSignedCertificateFromAPemFileWithVerificationOn() throws Exception {
    HeldCertificate cert =
        new HeldCertificate.Builder()
            .commonName("eh")
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .duration(1, TimeUnit.DAYS)
            .rsa2048()
            .build();
    HandshakeCertificates serverCerts =
        new HandshakeCertificates.Builder().heldCertificate(cert).build();
    Path pem = Files.writeString(dir.resolve("eh.pem"), cert.certificatePem());
    try (MockWebServer server = new MockWebServer()) {
      server.useHttps(serverCerts.sslSocketFactory());
      server.start();
      for (int i = 0; i < 3; i++) {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"version\": \"9.4\"}").build());
      }
      String base = server.url("/api/v1").toString();
      try (ExtraHopClient pinned =
          ExtraHopClient.builder().baseUrl(base).apiKey("k").caCertificate(pem).build()) {
        assertThat(pinned.system().version().version()).isEqualTo("9.4");
      }
      String fingerprint =
          HexFormat.ofDelimiter(":")
              .formatHex(
                  MessageDigest.getInstance("SHA-256").digest(cert.certificate().getEncoded()));
      try (ExtraHopClient pinned =
          ExtraHopClient.builder()
              .baseUrl(base)
              .apiKey("k")
              .certificateFingerprint(fingerprint)
              .build()) {
        assertThat(pinned.system().version().version()).isEqualTo("9.4");
      }
      try (ExtraHopClient systemTrust =
          ExtraHopClient.builder().baseUrl(base).apiKey("k").build()) {
        assertThatThrownBy(() -> systemTrust.system().version())
            .isInstanceOf(TransportException.class);
      }
      Map<String, String> env =
          Map.of(
              "EXTRAHOP_HOST", base, "EXTRAHOP_API_KEY", "k", "EXTRAHOP_CA_CERT", pem.toString());
      try (ExtraHopClient fromEnv = ExtraHopClient.fromEnv(env::get, k -> null)) {
        assertThat(fromEnv.system().version().version()).isEqualTo("9.4");
      }
    }
  }

  @Test
  void caCertificateMustHoldACertificate() throws Exception {
    Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");
    assertThatThrownBy(() -> keyed().caCertificate(notPem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN CERTIFICATE");
    assertThatThrownBy(() -> keyed().certificateFingerprint("zz"))
        .hasMessageContaining("fingerprint must be 32 bytes of hex");
  }

  @Test
  void closedClientsRefuseCalls() {
    ExtraHopClient c = keyed().host("eh").build();
    c.close();
    assertThatThrownBy(() -> c.tags().list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
