package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import io.netobs.http.TransportException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * How an attempt ends: its connection freed for other calls as soon as the attempt is over (before
 * the wait for a retry, and when the call ends on an error), what the earlier attempts met kept in
 * the call's exception, and a body that ended early found even when wrapped.
 */
class AttemptEndsTest extends MockServerTest {
  /**
   * An error answer longer than the core reads of it, so that only closing it frees its connection.
   */
  private static MockResponse longError(int status) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "text/plain")
        .body("x".repeat(ErrorMapping.ERROR_BODY_LIMIT + 10))
        .build();
  }

  private HttpCore core(Sleeper sleeper) {
    return HttpCore.create(
        server.url("/api").toString(), Auth.none(), CoreOptions.defaults(), sleeper, () -> 0.0);
  }

  @Test
  void aCallEndedByAnErrorAnswerFreesItsConnection() throws Exception {
    server.enqueue(longError(404));
    server.enqueue(json(200, "{}"));
    try (HttpCore core = core(d -> {})) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/a").build()))
          .isInstanceOf(NotFoundException.class);
      core.send(ApiRequest.get("/b").build());
    }

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }

  @Test
  void anAttemptAboutToBeRetriedFreesItsConnectionBeforeTheWait() throws Exception {
    server.enqueue(longError(503));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    HttpCore[] holder = new HttpCore[1];
    // While the call waits to retry, another thread's call is made and awaited.
    Sleeper sleeper =
        d -> {
          try {
            CompletableFuture.runAsync(() -> holder[0].send(ApiRequest.get("/b").build()))
                .get(10, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
    try (HttpCore core = core(sleeper)) {
      holder[0] = core;
      core.send(ApiRequest.get("/a").build());
    }

    RecordedRequest first = server.takeRequest();
    RecordedRequest during = server.takeRequest();
    assertThat(during.getUrl().encodedPath()).isEqualTo("/api/b");
    assertThat(during.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }

  @Test
  void aCallWhoseReaderLeavesTheBodyUnreadFreesItsConnection() {
    // Longer than OkHttp reads ahead: only closing the answer ends its hold on the connection.
    server.enqueue(json(201, "[" + "0,".repeat(100_000) + "0]"));
    try (HttpCore core = core(d -> {})) {
      int inUseWhileReading =
          core.execute(
              ApiRequest.post("/tags").json(Map.of()).build(), answer -> core.connectionsInUse());
      assertThat(inUseWhileReading).as("the answer holds its connection while it is read").isOne();
      assertThat(core.connectionsInUse()).as("and frees it when the call ends").isZero();
    }
  }

  @Test
  void aTokenAnswerCutShortFreesItsConnectionBeforeTheWaitToAskAgain() {
    // A token answer longer than the core reads of it, whose first part is not whole JSON.
    String cutToken =
        "{\"access_token\": \"tok-" + "x".repeat(ErrorMapping.ERROR_BODY_LIMIT + 32 * 1024);
    server.enqueue(json(200, cutToken));
    server.enqueue(json(200, "{\"access_token\": \"tok-2\", \"expires_in\": 3600}"));
    server.enqueue(json(200, "{}"));
    List<Integer> inUseDuringWaits = new CopyOnWriteArrayList<>();
    HttpCore[] holder = new HttpCore[1];
    try (HttpCore core =
        HttpCore.create(
            server.url("/api").toString(),
            Auth.oauth2ClientCredentials("cid", "secret-1234"),
            CoreOptions.builder().allowCleartextCredentials(true).build(),
            d -> inUseDuringWaits.add(holder[0].connectionsInUse()),
            () -> 0.0)) {
      holder[0] = core;
      assertThat(core.send(ApiRequest.get("/detections").build()).status()).isEqualTo(200);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(inUseDuringWaits).isNotEmpty().containsOnly(0);
  }

  @Test
  void theFailuresOfEarlierAttemptsAreKeptInTheCallsException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{\"a\": [1"));
    }
    try (HttpCore core = core(d -> {})) {
      assertThatThrownBy(() -> core.json(ApiRequest.get("/cut").build(), Map.class))
          .isInstanceOf(DecodingException.class)
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .hasSize(2)
                      .allSatisfy(
                          s ->
                              assertThat(s)
                                  .isInstanceOf(DecodingException.class)
                                  .hasMessageContaining("of call")));
    }
  }

  @Test
  void aDeleteFoundGoneWhoseReaderCannotReadTheEmptyAnswerFailsWithoutAnotherAttempt() {
    server.enqueue(status(503));
    server.enqueue(status(404));
    try (HttpCore core = core(d -> {})) {
      assertThatThrownBy(() -> core.json(ApiRequest.delete("/tags/{}", 5).build(), Map.class))
          .isInstanceOf(TransportException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEndOfInputIsFoundInsideTheMappingErrorThatWrapsIt() {
    JsonEOFException eof = new JsonEOFException(null, null, "Unexpected end-of-input: expected ]");
    assertThat(AttemptLoop.endedEarly(new JsonMappingException(null, "in record", eof))).isTrue();
    assertThat(
            AttemptLoop.endedEarly(
                new JsonMappingException(
                    null, "in record", new JsonMappingException(null, "Unexpected end-of-input"))))
        .isTrue();
    assertThat(AttemptLoop.endedEarly(new JsonMappingException(null, "bad value"))).isFalse();
  }
}
