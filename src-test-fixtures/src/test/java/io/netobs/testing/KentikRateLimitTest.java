package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KentikRateLimitTest {

  @Test
  void moreThanThePerMinuteFigureIs429WithRetryAfterAndChangesNothing() throws Exception {
    try (FakeKentik kentik =
        FakeKentik.builder().rateLimit(new FakeKentik.RateLimit(1, 5, 1000)).start()) {
      Http http = Http.kentik(kentik);
      for (int i = 0; i < 5; i++) {
        assertThat(http.get("/tags").status()).isEqualTo(200);
      }

      Http.Response limited = http.post("/tag", json("{'tag': {'flow_tag': 'late', 'port': '1'}}"));

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json().path("error").asText()).contains("Too many requests");
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
      assertThat(kentik.tagCount()).isZero();
      assertThat(kentik.observedMaxPerMinute()).isEqualTo(6);
      assertThat(kentik.journal().last().status()).isEqualTo(429);
      assertThat(kentik.journal().last().faulted()).isFalse();
    }
  }

  @Test
  void shorterWindowsCountTheLimitsOverTheirOwnLength() throws Exception {
    TestClock clock = new TestClock();
    try (FakeKentik kentik =
        FakeKentik.builder()
            .clock(clock)
            .rateLimit(new FakeKentik.RateLimit(1, 2, 5))
            .rateWindows(new FakeKentik.RateWindows(Duration.ofSeconds(3), Duration.ofSeconds(10)))
            .start()) {
      Http http = Http.kentik(kentik);
      assertThat(http.get("/tags").status()).isEqualTo(200);
      assertThat(http.get("/tags").status()).isEqualTo(200);
      Http.Response limited = http.get("/tags");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3L);
      assertThat(kentik.observedMaxPerMinute()).isEqualTo(3);

      // Three seconds on, the short "minute" has room again; the "hour" holds three of five.
      clock.advance(Duration.ofSeconds(3));
      assertThat(http.get("/tags").status()).isEqualTo(200);
      assertThat(http.get("/tags").status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(3));
      Http.Response hourly = http.get("/tags");
      assertThat(hourly.status()).isEqualTo(429);
      assertThat(Long.parseLong(hourly.header("Retry-After"))).isBetween(4L, 10L);
      assertThat(kentik.observedMaxPerHour()).isEqualTo(6);

      // Ten seconds after the first, the "hour" has moved on too.
      clock.advance(Duration.ofSeconds(4));
      assertThat(http.get("/tags").status()).isEqualTo(200);
    }
  }

  @Test
  void rateWindowsMustBeWholeSecondsAndTheHourNoShorterThanTheMinute() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new FakeKentik.RateWindows(Duration.ofMillis(1500), Duration.ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new FakeKentik.RateWindows(Duration.ofSeconds(10), Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FakeKentik.RateWindows.KENTIK.minute()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void moreThanThePerHourFigureIs429() throws Exception {
    try (FakeKentik kentik =
        FakeKentik.builder().rateLimit(new FakeKentik.RateLimit(10, 100, 3)).start()) {
      Http http = Http.kentik(kentik);
      for (int i = 0; i < 3; i++) {
        assertThat(http.get("/tags").status()).isEqualTo(200);
      }
      Http.Response limited = http.get("/tags");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
      assertThat(kentik.observedMaxPerHour()).isEqualTo(4);
    }
  }

  @Test
  void aSecondRequestInFlightIs429AndConcurrencyIsObserved() throws Exception {
    try (FakeKentik kentik =
        FakeKentik.builder().rateLimit(true).holdEachRequest(Duration.ofMillis(400)).start()) {
      List<Integer> statuses = inParallel(kentik, 2);

      assertThat(statuses).containsExactlyInAnyOrder(200, 429);
      assertThat(kentik.observedMaxConcurrency()).isEqualTo(2);
      assertThat(kentik.journal().entries())
          .filteredOn(e -> e.status() == 429)
          .singleElement()
          .satisfies(e -> assertThat(e.operationKey()).isEqualTo("GET /tags"));
    }
  }

  @Test
  void concurrencyAndRateAreObservedWithoutLimits() throws Exception {
    try (FakeKentik kentik = FakeKentik.builder().holdEachRequest(Duration.ofMillis(300)).start()) {
      List<Integer> statuses = inParallel(kentik, 3);

      assertThat(statuses).containsOnly(200);
      assertThat(kentik.observedMaxConcurrency()).isBetween(2, 3);
      assertThat(kentik.observedMaxPerMinute()).isEqualTo(3);
      kentik.reset();
      assertThat(kentik.observedMaxPerMinute()).isZero();
    }
  }

  private static List<Integer> inParallel(FakeKentik kentik, int count) throws Exception {
    Http http = Http.kentik(kentik);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        calls.add(() -> http.get("/tags").status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(calls)) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
