package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.RateLimit;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Kentik allows one Admin API request at a time; the default client keeps to it. */
class RateLimitTest {
  /** Answers slowly and remembers the most requests it ever had in flight. */
  static final class SlowServer extends Dispatcher {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(60);
      } finally {
        inFlight.decrementAndGet();
      }
      return MockKentik.response(200, "{\"tags\": []}");
    }
  }

  static int maxInFlight(RateLimit limit) throws Exception {
    SlowServer slow = new SlowServer();
    try (MockKentik mock = new MockKentik()) {
      mock.server.setDispatcher(slow);
      try (KentikClient client = mock.builder().rateLimit(limit).build()) {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
          List<Future<?>> calls = new ArrayList<>();
          for (int i = 0; i < 6; i++) {
            calls.add(pool.submit(() -> client.flowTags().list()));
          }
          for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
          }
        } finally {
          pool.shutdownNow();
        }
      }
    }
    return slow.maxInFlight.get();
  }

  @Test
  void theDefaultClientNeverHasMoreThanOneRequestInFlight() throws Exception {
    assertThat(maxInFlight(KentikClient.DEFAULT_RATE_LIMIT)).isEqualTo(1);
  }

  @Test
  void withoutTheLimitRequestsOverlap() throws Exception {
    // shows that the server above does see concurrency when the client allows it
    assertThat(maxInFlight(RateLimit.unlimited())).isGreaterThan(1);
  }

  @Test
  void a429IsRetriedAfterRetryAfterThenReported() {
    try (MockKentik mock = new MockKentik(KentikClient.DEFAULT_RATE_LIMIT)) {
      mock.server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", "0")
              .body("{\"error\": \"rate limited\"}")
              .build());
      mock.answer(200, "{\"tags\": []}");
      assertThat(mock.client.flowTags().list()).isEmpty();
      assertThat(mock.server.getRequestCount()).isEqualTo(2);

      mock.server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", "7")
              .body("{\"error\": \"rate limited\"}")
              .build());
      KentikClient noRetry = mock.client.withOptions(o -> o.retryPolicy(RetryPolicy.none()));
      RateLimitedException e =
          Assertions.catchThrowableOfType(
              RateLimitedException.class, () -> noRetry.flowTags().list());
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
      assertThat(e.serverMessage()).isEqualTo("rate limited");
    }
  }
}
