package io.netobs.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.NotFoundException;
import io.netobs.http.RetryBudget;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicrometerCallHookTest {
  private static final String KEY = "k3y-Secret-0123456789";
  private static final RetryPolicy QUICK =
      RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(0).build();

  private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private ExtraHopClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = client(server.url("/api/v1").toString(), RetryBudget.defaults());
  }

  private ExtraHopClient client(String baseUrl, RetryBudget budget) {
    return ExtraHopClient.builder()
        .baseUrl(baseUrl)
        .apiKey(KEY)
        .retryPolicy(QUICK)
        .retryBudget(budget)
        .hook(MicrometerCallHook.create(registry))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void callsOfOneOperationAreOneTimerWhateverTheirIdsAndRetriesAreCounted() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\": 7}"));
    server.enqueue(json(200, "{\"id\": 8}"));

    client.devices().get(7);
    client.devices().get(8);

    Timer timer =
        registry
            .get(MicrometerCallHook.CALLS)
            .tags("method", "GET", "uri", "/api/v1/devices/{}", "host", server.getHostName())
            .tags("status", "200", "outcome", "SUCCESS", "exception", "none")
            .timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    assertThat(
            registry
                .get(MicrometerCallHook.RETRIES)
                .tags("method", "GET", "uri", "/api/v1/devices/{}")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.find(MicrometerCallHook.CALLS).timers()).hasSize(1);
  }

  @Test
  void failuresAreTimedUnderTheirOutcomeStatusAndException() {
    server.enqueue(json(404, "{\"error_message\": \"no such device\"}"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{}"));
    }
    catchThrowableOfType(NotFoundException.class, () -> client.devices().get(9));
    catchThrowableOfType(ServerErrorException.class, () -> client.tags().list());

    assertThat(
            registry
                .get(MicrometerCallHook.CALLS)
                .tags("uri", "/api/v1/devices/{}", "status", "404", "outcome", "CLIENT_ERROR")
                .tags("exception", "NotFoundException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerCallHook.CALLS)
                .tags("uri", "/api/v1/tags", "status", "500", "outcome", "SERVER_ERROR")
                .tags("exception", "ServerErrorException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry.get(MicrometerCallHook.RETRIES).tags("uri", "/api/v1/tags").counter().count())
        .isEqualTo(2.0);
  }

  @Test
  void aCallWithoutAnAnswerIsUnknownWithoutStatus() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ExtraHopClient refused =
        client("http://127.0.0.1:" + closedPort + "/api/v1", RetryBudget.defaults())) {
      catchThrowableOfType(TransportException.class, () -> refused.tags().list());
    }
    assertThat(
            registry
                .get(MicrometerCallHook.CALLS)
                .tags("status", "NONE", "outcome", "UNKNOWN", "exception", "TransportException")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void retriesTheBudgetRefusedAreCounted() {
    try (ExtraHopClient tight =
        client(
            server.url("/api/v1").toString(),
            RetryBudget.builder().capacity(5).retryCost(5).build())) {
      server.enqueue(json(503, "{}"));
      server.enqueue(json(503, "{}"));
      catchThrowableOfType(ServerErrorException.class, () -> tight.tags().list());
    }
    assertThat(registry.get(MicrometerCallHook.BUDGET_EXHAUSTED).counter().count()).isEqualTo(1.0);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void noTagHoldsTheKey() {
    server.enqueue(json(200, "[]"));
    client.tags().list();
    assertThat(registry.getMeters())
        .isNotEmpty()
        .extracting(meter -> meter.getId().toString())
        .allSatisfy(id -> assertThat(id).doesNotContain(KEY).doesNotContain("apikey"));
  }
}
