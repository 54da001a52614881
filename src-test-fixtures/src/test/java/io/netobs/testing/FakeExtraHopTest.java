package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** The fake served over a socket: what an SDK under test sees. */
class FakeExtraHopTest {
  @Test
  void servesTheApiOverHttp() throws Exception {
    try (FakeExtraHop extrahop =
        FakeExtraHop.builder().apiKey("k-123").devices(10).records(0).start()) {
      assertThat(extrahop.apiUrl()).isEqualTo(extrahop.baseUrl() + "/api/v1").startsWith("http://");
      assertThat(extrahop.baseUrl()).doesNotEndWith("/");
      HttpClient client = HttpClient.newHttpClient();

      HttpResponse<String> created =
          client.send(
              HttpRequest.newBuilder(URI.create(extrahop.apiUrl() + "/tags"))
                  .header("Authorization", "ExtraHop apikey=" + extrahop.apiKey())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"over-the-wire\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tags/4");
      assertThat(extrahop.api().find("tags", "4").orElseThrow().get("name").asText())
          .isEqualTo("over-the-wire");

      HttpResponse<byte[]> pcap =
          client.send(
              HttpRequest.newBuilder(URI.create(extrahop.apiUrl() + "/packetcaptures/1"))
                  .header("Authorization", "ExtraHop apikey=k-123")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pcap.body()).hasSize(24 * 1024);
    }
  }

  @Test
  void servesHttpsWithTheGivenCertificateAndTokensFromTheOauthEndpoint() throws Exception {
    HeldCertificate certificate =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .duration(1, TimeUnit.HOURS)
            .build();
    try (FakeExtraHop extrahop =
        FakeExtraHop.builder()
            .tls(certificate)
            .oauthClient("id", "secret")
            .tokenLifetime(Duration.ofMinutes(5))
            .devices(3)
            .records(0)
            .start()) {
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder()
              .addTrustedCertificate(certificate.certificate())
              .build();
      HttpClient client = HttpClient.newBuilder().sslContext(trust.sslContext()).build();
      assertThat(extrahop.baseUrl()).startsWith("https://");

      HttpResponse<String> token =
          client.send(
              HttpRequest.newBuilder(URI.create(extrahop.baseUrl() + "/oauth2/token"))
                  .header(
                      "Authorization",
                      "Basic " + Base64.getEncoder().encodeToString("id:secret".getBytes(UTF_8)))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String accessToken = ExtraHopCalls.JSON.readTree(token.body()).get("access_token").asText();

      HttpResponse<String> devices =
          client.send(
              HttpRequest.newBuilder(URI.create(extrahop.apiUrl() + "/devices"))
                  .header("Authorization", "Bearer " + accessToken)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(devices.statusCode()).isEqualTo(200);
      assertThat(ExtraHopCalls.JSON.readTree(devices.body())).hasSize(3);
      assertThat(extrahop.api().tokensMinted()).isEqualTo(1);
      assertThat(extrahop.clientId()).isEqualTo("id");
      assertThat(extrahop.clientSecret()).isEqualTo("secret");
    }
  }
}
