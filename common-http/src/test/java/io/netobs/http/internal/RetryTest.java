package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.Auth;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest extends MockServerTest {
  private final Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();
  private final List<CallHook.Outcome> outcomes = new CopyOnWriteArrayList<>();
  private HttpCore core;

  @BeforeEach
  void start() {
    core =
        Servers.core(
            server,
            CoreOptions.builder()
                .retryPolicy(RetryPolicy.builder().jitter(0).build())
                .readTimeout(Duration.ofMillis(500))
                .hook(
                    new CallHook() {
                      @Override
                      public void afterAttempt(Outcome outcome) {
                        outcomes.add(outcome);
                      }
                    })
                .build(),
            sleeper);
  }

  @AfterEach
  void stop() {
    core.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void getIsRetriedOnRetryableStatusesWithExponentialBackoff(int code) {
    server.enqueue(status(code));
    server.enqueue(status(code));
    server.enqueue(json(200, "{\"ok\": true}"));

    Map<String, Object> answer =
        core.json(ApiRequest.get("/tags").build(), new TypeReference<Map<String, Object>>() {});

    assertThat(answer).containsEntry("ok", true);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(outcomes).extracting(CallHook.Outcome::attempt).containsExactly(1, 2, 3);
    assertThat(outcomes).extracting(CallHook.Outcome::willRetry).containsExactly(true, true, false);
  }

  @Test
  void givesUpAfterTheConfiguredRetriesWithTheLastStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    }
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOf(ServerErrorException.class)
        .hasMessageMatching(
            Servers.endingAfter("GET /api/v1/tags: 503 Service Unavailable: busy", 3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void notRetriedStatusesFailAtOnce() {
    server.enqueue(status(501));
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateIsNotSentAgainAfterA5xx() {
    server.enqueue(status(503));
    assertThatThrownBy(
            () -> core.createdId(ApiRequest.post("/tags").json(Map.of("name", "x")).build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostDeclaredIdempotentIsRetried() {
    server.enqueue(status(503));
    server.enqueue(status(204));
    HttpCore.Sent sent =
        core.send(
            ApiRequest.post("/tags/{}/devices", 1)
                .json(Map.of("assign", List.of(1, 2)))
                .idempotent(true)
                .build());
    assertThat(sent.status()).isEqualTo(204);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateRefusedWith429IsSentAgainBecauseTheServerDidNotProcessIt() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(
        new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/tags/9").build());
    long id = core.createdId(ApiRequest.post("/tags").json(Map.of("name", "x")).build());
    assertThat(id).isEqualTo(9);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    Instant at = Instant.now().plusSeconds(30);
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date).build());
    server.enqueue(status(204));
    core.send(ApiRequest.get("/tags").build());
    assertThat(sleeper.waits).hasSize(1);
    assertThat(sleeper.waits.get(0)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
  }

  @Test
  void aRetryAfterBeyondTheCapEndsTheCallWithTheAnnouncedWait() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3600")
            .body("{\"error\": \"slow down\"}")
            .build());
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofHours(1));
              assertThat(e.serverMessage()).isEqualTo("slow down");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void aGetIsRetriedWhenTheConnectionDropsBeforeTheAnswer() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{}"));
    core.json(ApiRequest.get("/tags").build(), new TypeReference<Map<String, Object>>() {});
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateIsNotSentAgainWhenTheConnectionDropsAfterTheRequestWasWritten() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(
        new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/tags/1").build());
    assertThatThrownBy(
            () -> core.createdId(ApiRequest.post("/tags").json(Map.of("name", "x")).build()))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.requestSent()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetIsRetriedWhenTheAnswerBreaksOffMidBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"name\": \"" + "x".repeat(100_000) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(json(200, "{\"name\": \"y\"}"));
    Map<String, Object> answer =
        core.json(
            ApiRequest.get("/tags/{}", 1).build(), new TypeReference<Map<String, Object>>() {});
    assertThat(answer).containsEntry("name", "y");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  /**
   * A typed list, which Jackson reads through creators: it reports a broken stream as a mapping
   * error.
   */
  record Item(String name, List<Integer> values) {}

  @Test
  void aTypedListWhoseAnswerBreaksOffMidBodyIsATransportFailureAndIsRetried() {
    StringBuilder big = new StringBuilder("[");
    for (int i = 0; i < 2000; i++) {
      big.append(i == 0 ? "" : ",")
          .append("{\"name\": \"item-")
          .append(i)
          .append("\", \"values\": [1, 2, 3]}");
    }
    String body = big.append("]").toString();
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(body)
              .onResponseBody(new SocketEffect.CloseSocket())
              .build());
    }
    assertThatThrownBy(() -> core.json(ApiRequest.get("/items").build(), Json.listOf(Item.class)))
        .as("a broken connection is not a body that cannot be decoded")
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.requestSent()).isTrue());
    assertThat(server.getRequestCount()).as("an idempotent call is made again").isEqualTo(3);

    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(json(200, body));
    List<Item> items = core.json(ApiRequest.get("/items").build(), Json.listOf(Item.class));
    assertThat(items).hasSize(2000);
  }

  @Test
  void aBodyCutShortIsMadeAgainWhenIdempotentAndADecodingFailureOtherwise() {
    TypeReference<Map<String, Object>> map = new TypeReference<>() {};
    // JSON that ends early, complete at the HTTP level (a proxy dropped the rest), then no body at
    // all.
    server.enqueue(json(200, "{\"id\": 1, \"name\": \"web"));
    server.enqueue(
        new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").build());
    server.enqueue(json(200, "{\"id\": 1, \"name\": \"web\"}"));
    assertThat(core.json(ApiRequest.get("/tags/{}", 1).build(), map)).containsEntry("name", "web");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits).hasSize(2);

    server.enqueue(json(200, "{\"id\": 1, \"name\": \"web"));
    assertThatThrownBy(
            () -> core.json(ApiRequest.post("/tags").json(Map.of("name", "web")).build(), map))
        .as("not a call that is safe to make twice")
        .isInstanceOf(DecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);

    server.enqueue(json(200, "{\"id\": 1, \"name\": }"));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 1).build(), map))
        .as("a body that is complete but wrong is not made again")
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("could not be decoded");
    assertThat(server.getRequestCount()).isEqualTo(5);

    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{\"id\": 1, \"na"));
    }
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags").build(), map))
        .as("cut short every time: the last failure")
        .isInstanceOf(DecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(8);

    // Inside a record, Jackson reports the early end wrapped in a mapping error: still cut short.
    server.enqueue(json(200, "[{\"name\": \"a\", \"values\": [1, 2]}, {\"name\": \"b"));
    server.enqueue(json(200, "[{\"name\": \"a\", \"values\": [1, 2]}]"));
    List<Item> items = core.json(ApiRequest.get("/items").build(), Json.listOf(Item.class));
    assertThat(items).containsExactly(new Item("a", List.of(1, 2)));
    assertThat(server.getRequestCount()).isEqualTo(10);

    // Read as a tree (as the Kentik client does), the early end is a plain parse error: still cut
    // short.
    server.enqueue(json(200, "{\"tag\": {\"id\": 1, \"flow_tag\": \"\","));
    server.enqueue(json(200, "{\"tag\": {\"id\": 1}}"));
    assertThat(
            core.execute(
                    ApiRequest.put("/tag/{}", 1).json(Map.of()).build(),
                    r -> Json.mapper().readTree(r.body()))
                .path("tag")
                .path("id")
                .asInt())
        .isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(12);
  }

  @Test
  void hooksSeeEachAttemptAfterItsAnswerWasReadAndKnowWhetherItIsMadeAgain() {
    TypeReference<Map<String, Object>> map = new TypeReference<>() {};
    server.enqueue(json(200, "{\"id\": 1, \"name\": \"web"));
    server.enqueue(json(200, "{\"id\": 1, \"name\": \"web\"}"));
    assertThat(core.json(ApiRequest.get("/tags/{}", 1).build(), map)).containsEntry("name", "web");
    // The first answer was cut short: the hook hears that the call is made again.
    assertThat(outcomes).extracting(CallHook.Outcome::status).containsExactly(200, 200);
    assertThat(outcomes).extracting(CallHook.Outcome::willRetry).containsExactly(true, false);

    outcomes.clear();
    server.enqueue(json(200, "{\"id\": 1, \"name\": }"));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 1).build(), map))
        .isInstanceOf(DecodingException.class);
    assertThat(outcomes).extracting(CallHook.Outcome::willRetry).containsExactly(false);
  }

  @Test
  void bytesInNoEncodingJacksonKnowsAreADecodingFailureNotABrokenConnection() {
    // Found by fuzzing: Jackson's encoding detection throws a CharConversionException (an
    // IOException that
    // is not a JsonProcessingException) for a body that starts like this.
    byte[] body = {0x00, 0x2f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(new Buffer().write(body))
            .build());
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 1).build(), Map.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("CharConversionException");
    assertThat(server.getRequestCount())
        .as("a complete answer is not asked for again")
        .isEqualTo(1);
  }

  @Test
  void aDeleteWhoseRetryFindsNothingIsDoneWhenAnEarlierAttemptMayHaveDeletedIt() {
    // The first attempt timed out (the server may have deleted it), the retry finds it gone.
    server.enqueue(new MockResponse.Builder().code(204).headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(json(404, "{\"error_message\": \"Tag not found\"}"));
    assertThat(core.send(ApiRequest.delete("/tags/{}", 5).build()).status()).isEqualTo(404);
    // A 5xx from a gateway says nothing about whether the server went ahead.
    server.enqueue(status(504));
    server.enqueue(json(404, "{\"error_message\": \"Tag not found\"}"));
    core.send(ApiRequest.delete("/tags/{}", 5).build());
    assertThat(server.getRequestCount()).isEqualTo(4);

    // Without such an attempt, a 404 is what it says: there was nothing to delete.
    server.enqueue(json(404, "{\"error_message\": \"Tag not found\"}"));
    assertThatThrownBy(() -> core.send(ApiRequest.delete("/tags/{}", 5).build()))
        .isInstanceOf(NotFoundException.class);
    server.enqueue(status(429));
    server.enqueue(json(404, "{\"error_message\": \"Tag not found\"}"));
    assertThatThrownBy(() -> core.send(ApiRequest.delete("/tags/{}", 5).build()))
        .as("a 429 was refused unprocessed")
        .isInstanceOf(NotFoundException.class);
    // Only DELETE: a GET that finds nothing after a retry has found nothing.
    server.enqueue(status(503));
    server.enqueue(json(404, "{\"error_message\": \"Tag not found\"}"));
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags/{}", 5).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(9);
  }

  @Test
  void aCreateIsRetriedWhenNothingWasSentBecauseTheConnectionWasRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (HttpCore refused =
        HttpCore.create(
            "http://127.0.0.1:" + closedPort + "/api/v1",
            Auth.extraHopApiKey("test-key-1234"),
            CoreOptions.builder().retryPolicy(RetryPolicy.builder().jitter(0).build()).build(),
            sleeper,
            () -> 0.0)) {
      assertThatThrownBy(
              () -> refused.createdId(ApiRequest.post("/tags").json(Map.of("name", "x")).build()))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.requestSent()).isFalse());
    }
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void readTimeoutsAreTypedAndIdempotentCallsAreRetried() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .headersDelay(2, TimeUnit.SECONDS)
              .body("{}")
              .build());
    }
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags").build(), Map.class))
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessageStartingWith("GET /api/v1/tags: timed out");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aOneShotStreamBodyIsNeverSentTwice() {
    server.enqueue(status(503));
    server.enqueue(status(204));
    assertThatThrownBy(
            () ->
                core.send(
                    ApiRequest.put("/runningconfig").stream(
                            new ByteArrayInputStream("{}".getBytes()), "application/json", 2)
                        .build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void backoffGrowsToItsCapAndJitterOnlyShortensIt() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxRetries(10)
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000))
            .multiplier(2)
            .jitter(0.5)
            .build();
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(9, 0)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(3, 0.999)).isEqualTo(Duration.ofMillis(201));
    assertThat(RetryPolicy.defaults().maxRetries()).isEqualTo(2);
    assertThat(RetryPolicy.defaults().retryStatuses())
        .containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
  }

  @Test
  void retryPolicyRefusesNonsenseNamingTheOption() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(2)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(Set.of(200)))
        .hasMessageContaining("retryStatuses");
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(9))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("maxBackoff");
  }

  @Test
  void retryAfterParsing() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 31 Dec 2025 00:00:30 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isNull();
    assertThat(RetryAfter.parse(null, now)).isNull();
  }
}
