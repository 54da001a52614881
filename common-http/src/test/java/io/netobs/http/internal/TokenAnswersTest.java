package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.NetobsException;
import io.netobs.http.RetryPolicy;
import org.junit.jupiter.api.Test;

/**
 * A token answer of 200 that is not whole JSON is asked for again, like any body cut short; one of
 * 300 is an error.
 */
class TokenAnswersTest extends MockServerTest {
  private static final String TOKEN = "{\"access_token\": \"tok-1\", \"expires_in\": 3600}";

  /** A core with OAuth2 credentials whose token comes from the server, retrying without waits. */
  private HttpCore oauthCore() {
    return Servers.core(
        server,
        Auth.oauth2ClientCredentials("cid", "secret-1234"),
        CoreOptions.builder()
            .allowCleartextCredentials(true)
            .retryPolicy(RetryPolicy.builder().jitter(0).build())
            .build(),
        new Servers.RecordingSleeper());
  }

  private void callOnceWithTheTokenAfter(String firstTokenBody) throws Exception {
    server.enqueue(json(200, firstTokenBody));
    server.enqueue(json(200, TOKEN));
    server.enqueue(json(200, "{}"));
    try (HttpCore core = oauthCore()) {
      assertThat(core.send(ApiRequest.get("/detections").build()).status()).isEqualTo(200);
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/oauth2/token");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/oauth2/token");
    var call = server.takeRequest();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/api/v1/detections");
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
  }

  @Test
  void aTokenAnswerOf300IsAnErrorHandedOverNotACutShortSuccessAskedForAgain() throws Exception {
    server.enqueue(json(300, "<html>choose"));
    server.enqueue(json(200, TOKEN));
    server.enqueue(json(200, "{}"));
    try (HttpCore core = oauthCore()) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(NetobsException.class)
          .hasMessageContaining("POST /oauth2/token: 300");
    }
    assertThat(server.getRequestCount()).as("the token was asked for once").isEqualTo(1);
  }

  @Test
  void anEmptyTokenAnswerIsAskedForAgain() throws Exception {
    callOnceWithTheTokenAfter("");
  }

  @Test
  void aTokenAnswerCutShortIsAskedForAgain() throws Exception {
    callOnceWithTheTokenAfter("{\"access_token\": \"tok-");
  }
}
