package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.Auth;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.NotFoundException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * What a failed call tells: the attempts it made, the earlier attempts' failures, and an id that
 * its exception, its log lines, the MDC and the hooks share.
 */
class DiagnosticsTest extends MockServerTest {
  private final Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<CallHook.CallEnd> ends = new CopyOnWriteArrayList<>();
  private HttpCore core;

  private final CallHook recorder =
      new CallHook() {
        @Override
        public void callStarted(CallStart call) {
          events.add(
              "start "
                  + call.method()
                  + " "
                  + call.pathTemplate()
                  + " "
                  + call.path()
                  + " "
                  + call.maxAttempts()
                  + " "
                  + call.callId());
        }

        @Override
        public void beforeAttempt(Attempt attempt) {
          events.add("before " + attempt.attempt());
        }

        @Override
        public void afterAttempt(Outcome outcome) {
          events.add("after " + outcome.attempt() + " " + outcome.status());
        }

        @Override
        public void callEnded(CallEnd call) {
          ends.add(call);
          events.add("end " + call.status() + " " + call.attempts() + " " + call.callId());
        }
      };

  @BeforeEach
  void start() {
    CapturedLogs.clear();
    core =
        Servers.core(
            server,
            CoreOptions.builder()
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .readTimeout(Duration.ofMillis(500))
                .hook(recorder)
                .build(),
            sleeper);
  }

  @AfterEach
  void stop() {
    core.close();
    MDC.clear();
  }

  @Test
  void aFailedCallSaysHowManyAttemptsItMadeAndCarriesTheEarlierFailures() {
    server.enqueue(json(503, "{\"error_message\": \"busy 1\"}"));
    server.enqueue(json(502, "{\"error_message\": \"busy 2\"}"));
    server.enqueue(json(503, "{\"error_message\": \"busy 3\"}"));

    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class, () -> core.send(ApiRequest.get("/tags/{}", 7).build()));

    String id = e.callId();
    assertThat(id).matches("[0-9a-f]{8}");
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.serverMessage()).isEqualTo("busy 3");
    assertThat(e.getMessage())
        .isEqualTo(
            "GET /api/v1/tags/7: 503 Service Unavailable: busy 3 (after 3 attempts, call "
                + id
                + ")");
    assertThat(e.getSuppressed()).hasSize(2);
    ServerErrorException first = (ServerErrorException) e.getSuppressed()[0];
    ServerErrorException second = (ServerErrorException) e.getSuppressed()[1];
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.serverMessage()).isEqualTo("busy 1");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.callId()).isEqualTo(id);
    assertThat(first.getMessage())
        .isEqualTo(
            "GET /api/v1/tags/7: 503 Service Unavailable: busy 1 (attempt 1 of call " + id + ")");
    assertThat(second.status()).isEqualTo(502);
    assertThat(second.serverMessage()).isEqualTo("busy 2");
    assertThat(second.attempts()).isEqualTo(2);
  }

  @Test
  void everyLogLineOfAFailingRetriedCallCarriesItsIdInTheTextAndTheMdc() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));

    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class, () -> core.send(ApiRequest.get("/tags").build()));

    List<CapturedLogs.Line> lines =
        CapturedLogs.lines().stream().filter(l -> l.logger().equals("io.netobs.http")).toList();
    // Three DEBUG lines (one per attempt) and three TRACE lines (the two answers, and the lost one
    // is not traced): every one names the call.
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    assertThat(lines)
        .allSatisfy(
            line -> {
              assertThat(line.message()).startsWith("[" + e.callId() + "] ");
              assertThat(line.mdc()).containsEntry("netobs.callId", e.callId());
            });
    assertThat(MDC.get("netobs.callId")).as("removed once the call ended").isNull();
    TransportException lost = (TransportException) e.getSuppressed()[0];
    assertThat(lost.attempts()).isEqualTo(1);
    assertThat(lost.callId()).isEqualTo(e.callId());
    assertThat(e.getSuppressed()[1]).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void eachCallHasItsOwnIdAndTheMdcOfTheCallerIsRestored() {
    MDC.put("netobs.callId", "outer");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      server.enqueue(json(404, "{\"error_message\": \"gone\"}"));
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> core.send(ApiRequest.get("/tags").build()));
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).endsWith("(after 1 attempt, call " + e.callId() + ")");
      assertThat(e.getSuppressed()).isEmpty();
      ids.add(e.callId());
      assertThat(MDC.get("netobs.callId")).isEqualTo("outer");
    }
    assertThat(ids).hasSize(50);
    assertThat(CallTrace.newId()).matches("[0-9a-f]{8}");
  }

  @Test
  void theHookSeesTheCallStartAndEndAroundItsAttempts() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{}"));
    core.send(ApiRequest.get("/tags/{}", 7).build());

    String id = ends.get(0).callId();
    assertThat(events)
        .containsExactly(
            "start GET /api/v1/tags/{} /api/v1/tags/7 3 " + id,
            "before 1",
            "after 1 503",
            "before 2",
            "after 2 200",
            "end 200 2 " + id);
    CallHook.CallEnd end = ends.get(0);
    assertThat(end.succeeded()).isTrue();
    assertThat(end.retries()).isEqualTo(1);
    assertThat(end.failure()).isEmpty();
    assertThat(end.host()).isEqualTo(server.getHostName());
    assertThat(end.port()).isEqualTo(server.getPort());
    assertThat(end.duration()).isPositive();
    assertThat(end.pathTemplate()).isEqualTo("/api/v1/tags/{}");
    assertThat(end.path()).isEqualTo("/api/v1/tags/7");
  }

  @Test
  void theHookSeesAFailedCallEndWithItsException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class,
            () -> core.send(ApiRequest.post("/tags").json(Map.of()).idempotent(true).build()));

    assertThat(ends).hasSize(1);
    CallHook.CallEnd end = ends.get(0);
    assertThat(end.failure()).containsSame(e);
    assertThat(end.status()).isEqualTo(500);
    assertThat(end.attempts()).isEqualTo(3);
    assertThat(end.succeeded()).isFalse();
    assertThat(end.callId()).isEqualTo(e.callId());
    assertThat(end.method()).isEqualTo("POST");
  }

  @Test
  void aHookThatFailsAtTheEndOfAFailedCallIsAttachedToTheCallsException() {
    IllegalStateException broken = new IllegalStateException("hook broke");
    try (HttpCore failing =
        Servers.core(
            server,
            CoreOptions.builder()
                .retryPolicy(RetryPolicy.none())
                .hook(
                    new CallHook() {
                      @Override
                      public void callEnded(CallEnd call) {
                        throw broken;
                      }
                    })
                .build(),
            sleeper)) {
      server.enqueue(status(500));
      ServerErrorException e =
          catchThrowableOfType(
              ServerErrorException.class, () -> failing.send(ApiRequest.get("/tags").build()));
      assertThat(e.getSuppressed()).containsExactly(broken);
    }
  }

  @Test
  void theTokenRequestMadeDuringACallLogsUnderThatCallsId() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/oauth2/token")) {
              return json(
                  200,
                  "{\"access_token\": \"tok-123456\", \"token_type\": \"Bearer\", \"expires_in\": 3600}");
            }
            return json(503, "{}");
          }
        });
    try (HttpCore cloud =
        Servers.core(
            server,
            Auth.oauth2ClientCredentials("client-id", "s3cret-value"),
            CoreOptions.builder().retryPolicy(RetryPolicy.none()).build(),
            sleeper)) {
      ServerErrorException e =
          catchThrowableOfType(
              ServerErrorException.class, () -> cloud.send(ApiRequest.get("/tags").build()));
      List<String> debug =
          CapturedLogs.lines().stream()
              .filter(l -> l.logger().equals("io.netobs.http"))
              .filter(l -> l.level() == org.slf4j.event.Level.DEBUG)
              .map(CapturedLogs.Line::message)
              .toList();
      assertThat(debug).hasSize(2);
      assertThat(debug.get(0)).startsWith("[" + e.callId() + "] POST /oauth2/token -> 200");
      assertThat(debug.get(1)).startsWith("[" + e.callId() + "] GET /api/v1/tags -> 503");
    }
  }
}
