package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netobs.http.ApiException;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.testing.CapturedLogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Runs calls of every scheme at TRACE, with servers that echo what they received, and checks that
 * no secret reaches a log line, an exception message or a toString().
 */
class SecretsInLogsTest {
  private static final String API_KEY = "eh-api-key-SECRET-0001";
  private static final String KENTIK_TOKEN = "kentik-token-SECRET-0002";
  private static final String KENTIK_EMAIL = "ops-SECRET@example.com";
  private static final String CLIENT_SECRET = "client-secret-SECRET-0003";
  private static final String ACCESS_TOKEN = "access-token-SECRET-0004";

  /** Echoes every request's headers and body back, in success and error answers. */
  private static final class EchoDispatcher extends Dispatcher {
    int calls;

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      calls++;
      if (request.getUrl().encodedPath().equals("/oauth2/token")) {
        return Servers.json(
            200,
            "{\"access_token\": \""
                + ACCESS_TOKEN
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}");
      }
      // Raw header values, credentials included: a careless server or proxy can send them back.
      StringBuilder echo = new StringBuilder();
      request
          .getHeaders()
          .forEach(h -> echo.append(h.getFirst()).append('=').append(h.getSecond()).append(' '));
      String text = echo.toString().replace("\"", "'");
      int status = calls % 3 == 0 ? 200 : calls % 3 == 1 ? 500 : 401;
      return new MockResponse.Builder()
          .code(status)
          .addHeader("Content-Type", "application/json")
          .addHeader("Set-Cookie", "session=" + API_KEY)
          .body(
              "{\"error_message\": \""
                  + text
                  + "\", \"error\": \""
                  + text
                  + "\", \"seen\": \""
                  + text
                  + "\"}")
          .build();
    }
  }

  @Test
  void noSecretInAnyLogLineExceptionOrToString() throws Exception {
    CapturedLogs.clear();
    List<String> texts = new ArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new EchoDispatcher());
      server.start();
      String base = server.url("/api/v1").toString();
      CoreOptions options =
          CoreOptions.builder()
              .retryPolicy(
                  RetryPolicy.builder().maxRetries(1).initialBackoff(Duration.ZERO).build())
              .build();
      List<Auth> schemes =
          List.of(
              Auth.extraHopApiKey(API_KEY),
              Auth.kentik(KENTIK_EMAIL, KENTIK_TOKEN),
              Auth.oauth2ClientCredentials("client-id", CLIENT_SECRET));
      for (Auth auth : schemes) {
        texts.add(auth.toString());
        try (HttpCore core = HttpCore.create(base, auth, options)) {
          texts.add(core.toString());
          for (int i = 0; i < 6; i++) {
            Throwable failure =
                catchThrowable(
                    () ->
                        core.json(
                            ApiRequest.post("/users")
                                .json(Map.of("username", "u", "password", "hunter2-SECRET"))
                                .idempotent(true)
                                .build(),
                            Map.class));
            if (failure != null) {
              texts.add(failure.toString());
              texts.add(String.valueOf(failure.getCause()));
              if (failure instanceof ApiException api) {
                texts.add(api.headers().toString());
              }
            }
          }
        }
      }
    }
    String logs = CapturedLogs.text();
    assertThat(logs).as("TRACE lines were captured").contains("<- ").contains("POST /api/v1/users");
    String all = logs + String.join("\n", texts);
    for (String secret :
        List.of(
            API_KEY, KENTIK_TOKEN, KENTIK_EMAIL, CLIENT_SECRET, ACCESS_TOKEN, "hunter2-SECRET")) {
      assertThat(all).as("secret %s", secret).doesNotContain(secret);
    }
  }

  @Test
  void oneDebugLinePerAttemptWithMethodPathStatusTimeAndAttempt() throws Exception {
    CapturedLogs.clear();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(Servers.status(503));
      server.enqueue(Servers.status(204));
      server.start();
      try (HttpCore core =
          Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper())) {
        core.send(ApiRequest.get("/tags/{}", 5).build());
      }
    }
    List<String> debug =
        CapturedLogs.lines().stream()
            .filter(l -> l.level() == Level.DEBUG && l.logger().equals("io.netobs.http"))
            .map(CapturedLogs.Line::message)
            .toList();
    assertThat(debug).hasSize(2);
    assertThat(debug.get(0))
        .matches("\\[[0-9a-f]{8}\\] GET /api/v1/tags/5 -> 503 \\(\\d+ ms, attempt 1/3\\)");
    assertThat(debug.get(1))
        .matches("\\[[0-9a-f]{8}\\] GET /api/v1/tags/5 -> 204 \\(\\d+ ms, attempt 2/3\\)");
    assertThat(debug.get(1)).as("one call, one id").startsWith(debug.get(0).substring(0, 11));
  }
}
