package io.netobs.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.RateLimit;
import io.netobs.http.SharedLimiter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Lua logic of {@link RedisLimiter}, against a real Redis server the test starts itself. */
class RedisLimiterTest {
  private static LocalRedis server;
  private static RedisClient redis;

  @BeforeAll
  static void startRedis() throws Exception {
    server = LocalRedis.start();
    redis = RedisClient.create("127.0.0.1", server.port());
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** A key no other test uses. */
  private static String key() {
    return "test|" + UUID.randomUUID();
  }

  private static RedisLimiter.Builder limiter() {
    return RedisLimiter.builder().url(server.url()).windowMargin(Duration.ZERO);
  }

  private static long inFlight(String key) {
    return redis.zcard("netobs:limit:{" + key + "}:in-flight");
  }

  private static CompletableFuture<SharedLimiter.Permit> acquireLater(
      RedisLimiter limiter, String key, RateLimit limit) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return limiter.acquire(key, limit);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void noMoreThanMaxConcurrentPermitsAreOutAndAReleaseLetsTheNextCallerIn() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(2, 0, 0);
    try (RedisLimiter a = limiter().build();
        RedisLimiter b = limiter().build()) {
      SharedLimiter.Permit first = a.acquire(key, limit);
      SharedLimiter.Permit second = b.acquire(key, limit);
      assertThat(inFlight(key)).isEqualTo(2);

      CompletableFuture<SharedLimiter.Permit> third = acquireLater(b, key, limit);
      Thread.sleep(300);
      assertThat(third).isNotDone();

      first.release();
      SharedLimiter.Permit got = third.get(5, TimeUnit.SECONDS);
      assertThat(inFlight(key)).isEqualTo(2);
      got.release();
      second.release();
      second.release(); // a second release changes nothing
      assertThat(inFlight(key)).isZero();
      assertThat(a.heldPermits()).isZero();
      assertThat(b.heldPermits()).isZero();
    }
  }

  @Test
  void aPermitWhoseHolderStopsRenewingComesBackWhenItsLeaseEnds() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(1, 0, 0);
    RedisLimiter dying = limiter().lease(Duration.ofMillis(800)).build();
    dying.acquire(key, limit);
    long heldFrom = System.nanoTime();
    // Stops renewing without releasing: what a process that dies leaves behind.
    dying.close();
    assertThat(inFlight(key)).isEqualTo(1);

    try (RedisLimiter other = limiter().build()) {
      SharedLimiter.Permit permit = other.acquire(key, limit);
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - heldFrom);
      assertThat(waited).isBetween(700L, 3000L);
      permit.release();
    }
  }

  @Test
  void aHolderThatIsAliveRenewsItsLeaseSoAPermitOutlivesASlowCall() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(1, 0, 0);
    try (RedisLimiter holder = limiter().lease(Duration.ofMillis(400)).build();
        RedisLimiter other = limiter().build()) {
      SharedLimiter.Permit slow = holder.acquire(key, limit);
      CompletableFuture<SharedLimiter.Permit> waiting = acquireLater(other, key, limit);
      Thread.sleep(1500); // almost four leases
      assertThat(waiting).isNotDone();
      assertThat(inFlight(key)).isEqualTo(1);

      slow.release();
      waiting.get(5, TimeUnit.SECONDS).release();
    }
  }

  @Test
  void theMinuteWindowCountsTheCallsStartedInItsLastLength() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(0, 3, 0);
    try (RedisLimiter limiter =
        limiter().windows(Duration.ofMillis(1000), Duration.ofHours(1)).build()) {
      long start = System.nanoTime();
      List<Long> startedAt = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        limiter.acquire(key, limit).release();
        startedAt.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
      // 3 at once, 3 after one window, 1 after two.
      assertThat(startedAt.subList(0, 3)).allMatch(t -> t < 500);
      assertThat(startedAt.subList(3, 6)).allMatch(t -> t >= 950 && t < 1700);
      assertThat(startedAt.get(6)).isGreaterThanOrEqualTo(1950);
      assertThat(redis.zcard("netobs:limit:{" + key + "}:minute")).isBetween(1L, 3L);
      assertThat(inFlight(key)).isZero();
    }
  }

  @Test
  void aCallIsCountedInTheWindowsAgainFromItsEndSoALateSendStillFallsInTheWindow()
      throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(0, 1, 0);
    try (RedisLimiter limiter =
        limiter().windows(Duration.ofMillis(500), Duration.ofHours(1)).build()) {
      long start = System.nanoTime();
      SharedLimiter.Permit slow = limiter.acquire(key, limit);
      Thread.sleep(400);
      slow.release();
      limiter.acquire(key, limit).release();
      // Counted from its permit alone, the first call would let the second go at 500 ms.
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(880);
    }
  }

  @Test
  void theHourWindowIsHeldToo() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(0, 100, 2);
    try (RedisLimiter limiter =
        limiter().windows(Duration.ofMillis(100), Duration.ofMillis(1200)).build()) {
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        limiter.acquire(key, limit).release();
      }
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(1150);
    }
  }

  @Test
  void theMarginKeepsACallCountedThatMuchLongerThanItsWindow() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(0, 1, 0);
    try (RedisLimiter limiter =
        RedisLimiter.builder()
            .url(server.url())
            .windows(Duration.ofMillis(300), Duration.ofHours(1))
            .windowMargin(Duration.ofMillis(400))
            .build()) {
      long start = System.nanoTime();
      limiter.acquire(key, limit).release();
      limiter.acquire(key, limit).release();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(650);
    }
  }

  @Test
  void twoKeysAreCountedApart() throws Exception {
    String admin = key();
    String query = key();
    RateLimit limit = new RateLimit(1, 1, 1);
    try (RedisLimiter limiter = limiter().build()) {
      SharedLimiter.Permit held = limiter.acquire(admin, limit);
      CompletableFuture<SharedLimiter.Permit> other = acquireLater(limiter, query, limit);
      other.get(2, TimeUnit.SECONDS).release();
      held.release();
      assertThat(redis.zcard("netobs:limit:{" + admin + "}:hour")).isEqualTo(1);
      assertThat(redis.zcard("netobs:limit:{" + query + "}:hour")).isEqualTo(1);
    }
  }

  @Test
  void limitersWithAnotherKeyPrefixDoNotShareCounts() throws Exception {
    String key = key();
    RateLimit limit = new RateLimit(1, 0, 0);
    try (RedisLimiter a = limiter().build();
        RedisLimiter b = limiter().keyPrefix("other-app:").build()) {
      SharedLimiter.Permit held = a.acquire(key, limit);
      acquireLater(b, key, limit).get(2, TimeUnit.SECONDS).release();
      held.release();
    }
  }

  @Test
  void withoutAnInFlightLimitNothingIsHeldAndReleaseIsHarmless() throws Exception {
    String key = key();
    try (RedisLimiter limiter = limiter().build()) {
      SharedLimiter.Permit permit = limiter.acquire(key, new RateLimit(0, 10, 0));
      assertThat(inFlight(key)).isZero();
      assertThat(limiter.heldPermits()).isZero();
      permit.release();
      assertThat(redis.zcard("netobs:limit:{" + key + "}:minute")).isEqualTo(1);
    }
  }

  @Test
  void thePasswordOfTheUrlIsInNoStringAndNoExceptionMessage() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    String url = "redis://app:s3cret-pa55@127.0.0.1:" + closedPort + "/0";
    RedisLimiter.Builder builder = RedisLimiter.builder().url(url);
    assertThat(builder.toString()).doesNotContain("s3cret").contains("127.0.0.1:" + closedPort);
    try (RedisLimiter limiter = builder.build()) {
      assertThat(limiter.toString())
          .doesNotContain("s3cret")
          .doesNotContain("app:")
          .contains("redis://127.0.0.1:" + closedPort + "/0");
      assertThatThrownBy(() -> limiter.acquire(key(), new RateLimit(1, 0, 0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + closedPort)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }
    assertThatThrownBy(() -> RedisLimiter.builder().url("http://u:s3cret@host:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }

  @Test
  void aClosedLimiterRefusesPermitsAndTheBuilderNeedsAServer() {
    RedisLimiter limiter = limiter().build();
    limiter.close();
    assertThatThrownBy(() -> limiter.acquire(key(), new RateLimit(1, 0, 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> RedisLimiter.builder().build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RedisLimiter.builder().lease(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RedisLimiter.builder().keyPrefix("a{b}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScriptsAreLoadedAgainWhenRedisForgetsThem() throws Exception {
    String key = key();
    try (RedisLimiter limiter = limiter().build()) {
      limiter.acquire(key, new RateLimit(1, 0, 0)).release();
      redis.scriptFlush();
      limiter.acquire(key, new RateLimit(1, 0, 0)).release();
      assertThat(inFlight(key)).isZero();
    }
  }
}
