package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.testing.CapturedLogs;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The DEBUG line of each attempt and the TRACE line of each exchange: what they say of a body they
 * do not print, of the token request, and of an attempt retried or ended for a reason of its own.
 */
class LogLinesTest extends MockServerTest {
  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  private static List<String> lines(Level level) {
    return CapturedLogs.lines().stream()
        .filter(l -> l.logger().equals("io.netobs.http") && l.level() == level)
        .map(CapturedLogs.Line::message)
        .toList();
  }

  private HttpCore core(Auth auth) {
    return HttpCore.create(
        server.url("/api/v1").toString(),
        auth,
        CoreOptions.builder()
            .allowCleartextCredentials(true)
            .retryPolicy(RetryPolicy.builder().jitter(0).build())
            .build(),
        d -> {},
        () -> 0.0);
  }

  @Test
  void theTraceSaysWhichBodiesItDoesNotPrint() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/octet-stream")
            .body("binary")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("plain words").build());
    try (HttpCore core = core(Auth.none())) {
      byte[] csv = "a,b".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      core.send(
          ApiRequest.put("/files/x").stream(new ByteArrayInputStream(csv), "text/csv", csv.length)
              .build());
      core.send(ApiRequest.get("/words").build());
    }

    List<String> trace = lines(Level.TRACE);
    assertThat(trace).hasSize(2);
    assertThat(trace.get(0))
        .contains("PUT /api/v1/files/x")
        .contains("(streamed body)")
        .contains("<- 200")
        .contains("(application/octet-stream)")
        .doesNotContain("binary");
    assertThat(trace.get(1))
        .contains("GET /api/v1/words")
        .contains("(no body)")
        .contains("plain words");
  }

  @Test
  void theTokenRequestIsNamedAtDebugAndNeverTraced() {
    server.enqueue(json(200, "{\"access_token\": \"tok-1\", \"expires_in\": 3600}"));
    server.enqueue(json(200, "{}"));
    try (HttpCore core = core(Auth.oauth2ClientCredentials("cid", "secret-1234"))) {
      core.send(ApiRequest.get("/detections").build());
    }

    List<String> debug = lines(Level.DEBUG);
    assertThat(debug).hasSize(2);
    assertThat(debug.get(0))
        .contains("POST /oauth2/token -> 200 (")
        .endsWith("ms, token request, attempt 1/3)");
    assertThat(debug.get(1))
        .contains("GET /api/v1/detections -> 200 (")
        .endsWith("ms, attempt 1/3)");
    assertThat(lines(Level.TRACE)).singleElement().asString().contains("GET /api/v1/detections");
  }

  @Test
  void aDeleteThatFindsNothingAfterAnAttemptThatMayHaveDoneItIsLoggedAsDone() {
    server.enqueue(status(503));
    server.enqueue(status(404));
    try (HttpCore core = core(Auth.none())) {
      core.send(ApiRequest.delete("/tags/{}", 5).build());
    }

    assertThat(lines(Level.DEBUG))
        .anySatisfy(
            line ->
                assertThat(line)
                    .endsWith(
                        "DELETE /api/v1/tags/5 -> 404 after an earlier attempt that may have"
                            + " deleted it: done"));
  }

  @Test
  void anAnswerCutShortIsLoggedWithWhatArrived() {
    server.enqueue(json(200, "{\"a\": [1, 2"));
    server.enqueue(json(200, "{\"a\": [1, 2]}"));
    try (HttpCore core = core(Auth.none())) {
      assertThat(core.json(ApiRequest.get("/list").build(), Map.class)).containsKey("a");
    }

    assertThat(lines(Level.DEBUG))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("GET /api/v1/list answer was cut short (11 bytes: ")
                    .endsWith("), retrying"));
  }

  @Test
  void anAnswerThatBrokeOffIsLoggedBeforeItsRetry() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("[" + "1,".repeat(500_000) + "1]")
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(json(200, "[1]"));
    try (HttpCore core = core(Auth.none())) {
      assertThat(core.json(ApiRequest.get("/many").build(), List.class)).containsExactly(1);
    }

    assertThat(lines(Level.DEBUG))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("GET /api/v1/many answer broke off (")
                    .endsWith("), retrying"));
  }
}
