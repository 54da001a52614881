package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
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
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CallLimiterTest {
  @Test
  void callsOverThePerWindowLimitWaitForTheWindowToMove() throws Exception {
    CallLimiter limiter =
        new CallLimiter(
            new RateLimit(0, 3, 0), Duration.ofSeconds(1), Duration.ofHours(1), System::nanoTime);
    long start = System.nanoTime();
    List<Long> startedAt = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      limiter.acquire();
      startedAt.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      limiter.release();
    }
    // 3 at once, 3 after one window, 1 after two. A window of a second leaves a busy machine most
    // of a second of slack before an upper bound could be crossed by a thread left waiting for a
    // core.
    assertThat(startedAt.subList(0, 3)).allMatch(t -> t < 900);
    assertThat(startedAt.subList(3, 6)).allMatch(t -> t >= 970 && t < 1900);
    assertThat(startedAt.get(6)).isGreaterThanOrEqualTo(1970);
  }

  @Test
  void theHourWindowIsHeldToo() throws Exception {
    CallLimiter limiter =
        new CallLimiter(
            new RateLimit(0, 100, 2),
            Duration.ofMillis(50),
            Duration.ofMillis(400),
            System::nanoTime);
    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      limiter.acquire();
      limiter.release();
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(390);
  }

  @Test
  void noMoreThanMaxConcurrentCallsAreInFlightThroughTheCore() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
              maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              Thread.sleep(30);
              inFlight.decrementAndGet();
              return new MockResponse.Builder().code(204).build();
            }
          });
      server.start();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try (HttpCore core =
          Servers.core(
              server,
              CoreOptions.builder().rateLimit(new RateLimit(2, 0, 0)).build(),
              new Servers.RecordingSleeper())) {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          calls.add(pool.submit(() -> core.send(ApiRequest.get("/tags").build())));
        }
        for (Future<?> call : calls) {
          call.get(20, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(server.getRequestCount()).isEqualTo(24);
    }
    assertThat(maxSeen.get()).isEqualTo(2);
  }

  @Test
  void limitsAreValidated() {
    Assertions.assertThatThrownBy(() -> new RateLimit(-1, 0, 0))
        .hasMessageContaining("maxConcurrent");
    Assertions.assertThatThrownBy(() -> new RateLimit(0, -5, 0)).hasMessageContaining("perMinute");
    assertThat(RateLimit.unlimited().limits()).isFalse();
  }
}
