package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ExtraHopAuthTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-11-23T12:00:00Z"));
  private final ExtraHopApi api =
      ExtraHopApi.builder()
          .apiKey("39284639207")
          .oauthClient("client-1", "s3cret")
          .tokenLifetime(Duration.ofSeconds(600))
          .devices(3)
          .records(0)
          .clock(clock)
          .build();

  @Test
  void theApiKeyAuthenticates() {
    assertThat(
            ExtraHopCalls.withAuthorization(api, "ExtraHop apikey=39284639207")
                .get("/alerts")
                .status())
        .isEqualTo(200);
  }

  @Test
  void aMissingOrWrongKeyAnswers401WithAnErrorMessage() {
    for (String authorization :
        new String[] {
          null,
          "ExtraHop apikey=wrong",
          "ExtraHop 39284639207",
          "Bearer unknown-token",
          "Basic Y2xpZW50LTE6czNjcmV0"
        }) {
      Reply reply = ExtraHopCalls.withAuthorization(api, authorization).get("/alerts");
      assertThat(reply.status()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(reply.json().get("error_message").asText()).isNotBlank();
    }
  }

  @Test
  void aMintedTokenAuthenticatesUntilItExpires() {
    JsonNode token = mint("client-1", "s3cret").json();

    assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.get("expires_in").asLong()).isEqualTo(600);
    ExtraHopCalls bearer =
        ExtraHopCalls.withAuthorization(api, "Bearer " + token.get("access_token").asText());
    assertThat(bearer.get("/devices").status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(599));
    assertThat(bearer.get("/devices").status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    Reply expired = bearer.get("/devices");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().get("error_message").asText()).contains("expired");

    String renewed = mint("client-1", "s3cret").json().get("access_token").asText();
    assertThat(ExtraHopCalls.withAuthorization(api, "Bearer " + renewed).get("/devices").status())
        .isEqualTo(200);
    assertThat(api.tokensMinted()).isEqualTo(2);
  }

  @Test
  void aBadClientSecretAnswersInvalidClient() {
    Reply reply = mint("client-1", "wrong");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("error").asText()).isEqualTo("invalid_client");
    assertThat(api.tokensMinted()).isZero();
  }

  @Test
  void theTokenEndpointWantsClientCredentialsInAForm() {
    ExtraHopCalls basic = ExtraHopCalls.withAuthorization(api, basic("client-1", "s3cret"));

    assertThat(
            basic
                .send(
                    "POST",
                    "/oauth2/token",
                    "grant_type=password".getBytes(UTF_8),
                    "application/x-www-form-urlencoded")
                .json()
                .get("error")
                .asText())
        .isEqualTo("unsupported_grant_type");
    assertThat(
            basic
                .send(
                    "POST",
                    "/oauth2/token",
                    "{\"grant_type\": \"client_credentials\"}".getBytes(UTF_8),
                    "application/json")
                .status())
        .isEqualTo(400);
    assertThat(basic.get("/oauth2/token").status()).isEqualTo(405);
    assertThat(
            ExtraHopCalls.withAuthorization(api, null)
                .send(
                    "POST",
                    "/oauth2/token",
                    "grant_type=client_credentials".getBytes(UTF_8),
                    "application/x-www-form-urlencoded")
                .status())
        .isEqualTo(401);
  }

  @Test
  void resetKeepsTokensValidButRestartsTheCount() {
    String token = mint("client-1", "s3cret").json().get("access_token").asText();

    api.reset();

    assertThat(api.tokensMinted()).isZero();
    assertThat(ExtraHopCalls.withAuthorization(api, "Bearer " + token).get("/tags").status())
        .isEqualTo(200);
  }

  private Reply mint(String id, String secret) {
    return ExtraHopCalls.withAuthorization(api, basic(id, secret))
        .send(
            "POST",
            "/oauth2/token",
            "grant_type=client_credentials".getBytes(UTF_8),
            "application/x-www-form-urlencoded");
  }

  private static String basic(String id, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(UTF_8));
  }
}
