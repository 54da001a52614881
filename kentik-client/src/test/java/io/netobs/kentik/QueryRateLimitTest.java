package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.RateLimit;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.testing.FakeKentik;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Query API is held to limits of its own, counted apart from the Admin API's. */
class QueryRateLimitTest {
  private static final TopXQuery QUERY =
      TopXQuery.builder()
          .metric("bytes")
          .dimensions("IP_src")
          .lookback(Duration.ofHours(1))
          .build();

  private final FakeKentik fake =
      FakeKentik.builder().holdEachRequest(Duration.ofMillis(60)).flowCount(50).start();

  @AfterEach
  void close() {
    fake.close();
  }

  private KentikClient client(RateLimit admin, RateLimit queries) {
    return KentikClient.builder()
        .baseUrl(fake.apiUrl())
        .email(fake.email())
        .apiToken(fake.token())
        .rateLimit(admin)
        .queryRateLimit(queries)
        .build();
  }

  @Test
  void aSharedLimiterCountsQueriesUnderAKeyOfTheirOwnWithTheQueryLimitsAlsoInAVariant() {
    List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<RateLimit> limits = new java.util.concurrent.CopyOnWriteArrayList<>();
    io.netobs.http.SharedLimiter shared =
        (key, limit) -> {
          keys.add(key);
          limits.add(limit);
          return () -> {};
        };
    RateLimit admin = new RateLimit(1, 60, 3750);
    RateLimit queries = new RateLimit(4, 100, 1500);
    try (KentikClient client =
        KentikClient.builder()
            .baseUrl(fake.apiUrl())
            .email(fake.email())
            .apiToken(fake.token())
            .rateLimit(admin)
            .queryRateLimit(queries)
            .limiter(shared)
            .build()) {
      client.flowTags().list();
      client.queries().topXData(QUERY);
      KentikClient variant = client.withOptions(o -> o.readTimeout(Duration.ofSeconds(5)));
      variant.flowTags().list();
      variant.queries().topXData(QUERY);
    }

    String hostPort = fake.apiUrl().replaceFirst("^http://", "").replaceFirst("/.*$", "");
    assertThat(keys).hasSize(4);
    assertThat(keys.get(0)).startsWith(hostPort + "|api|");
    assertThat(keys.get(1)).isEqualTo(keys.get(0).replace("|api|", "|query|"));
    assertThat(keys.get(2)).isEqualTo(keys.get(0));
    assertThat(keys.get(3)).isEqualTo(keys.get(1));
    assertThat(keys).noneMatch(k -> k.contains(fake.email()));
    assertThat(limits).containsExactly(admin, queries, admin, queries);
  }

  @Test
  void theDefaultsAreKentiksDocumentedLimits() {
    try (KentikClient client =
        KentikClient.builder().email("a@example.com").apiToken("t0ken-0123456789").build()) {
      assertThat(client.options().rateLimit()).isEqualTo(new RateLimit(1, 60, 3750));
      assertThat(client.queryRateLimit()).isEqualTo(new RateLimit(4, 100, 1500));
      assertThat(KentikClient.DEFAULT_QUERY_RATE_LIMIT).isEqualTo(new RateLimit(4, 100, 1500));
    }
    assertThatThrownBy(() -> KentikClient.builder().queryRateLimit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("queryRateLimit");
  }

  @Test
  void aBurstOfQueriesIsHeldToTheQueryLimitAndAdminCallsToTheirs() throws Exception {
    try (KentikClient client = client(new RateLimit(1, 0, 0), new RateLimit(3, 0, 0))) {
      burst(12, () -> client.queries().topXData(QUERY));
      assertThat(fake.observedMaxConcurrency()).as("queries in flight at once").isEqualTo(3);

      fake.reset();
      burst(12, () -> client.flowTags().list());
      assertThat(fake.observedMaxConcurrency()).as("admin calls in flight at once").isEqualTo(1);

      fake.reset();
      burst(16, () -> client.queries().topXData(QUERY), () -> client.flowTags().list());
      assertThat(fake.observedMaxConcurrency())
          .as("both at once: 3 queries beside 1 admin call at most")
          .isBetween(2, 4);
    }
  }

  @Test
  void queriesDoNotWaitForTheAdminPerMinuteLimit() throws Exception {
    try (KentikClient client = client(new RateLimit(0, 3, 0), RateLimit.unlimited())) {
      for (int i = 0; i < 3; i++) {
        client.flowTags().list();
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<?> query = pool.submit(() -> client.queries().topXData(QUERY));
        query.get(20, TimeUnit.SECONDS); // the admin limit is spent for a minute; queries are not
        Future<?> admin = pool.submit(() -> client.flowTags().list());
        Thread.sleep(300);
        assertThat(admin).as("the fourth admin call of the minute waits").isNotDone();
        admin.cancel(true);
      } finally {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aVariantKeepsTheQueryLimitAndAClosedClientRefusesQueries() {
    KentikClient client = client(new RateLimit(1, 0, 0), new RateLimit(2, 50, 500));
    KentikClient variant = client.withOptions(o -> o.readTimeout(Duration.ofSeconds(9)));
    assertThat(variant.queryRateLimit()).isEqualTo(new RateLimit(2, 50, 500));
    client.close();
    assertThatThrownBy(() -> client.queries().topXData(QUERY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private static void burst(int calls, Runnable... kinds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(pool.submit(kinds[i % kinds.length]));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
