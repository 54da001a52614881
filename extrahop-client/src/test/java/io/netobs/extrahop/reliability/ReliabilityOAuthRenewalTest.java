package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.RetryPolicy;
import io.netobs.http.internal.Json;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.FaultColumn;
import io.netobs.http.testing.SecretScan;
import io.netobs.testing.ExtraHopApi;
import io.netobs.testing.FakeHttpServer;
import io.netobs.testing.FakeResponse;
import io.netobs.testing.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An OAuth2 (RevealX 360) token that expires in the middle of a run is renewed once for the whole
 * client, without failing a call and without a storm of token requests from the threads that share
 * it: whether the client sees the expiry coming (its clock agrees with the server's) or only learns
 * of it from a 401 (its clock lags).
 */
class ReliabilityOAuthRenewalTest {
  private static final int THREADS = 32;
  private static final String CLIENT_ID = "reliability-client";
  private static final String CLIENT_SECRET = "oauth-secret-Zq81-reliability";
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final TestClock serverClock = new TestClock(Instant.parse("2026-03-01T00:00:00Z"));
  private final ConcurrentLinkedQueue<String> minted = new ConcurrentLinkedQueue<>();
  private final SecretScan scan = new SecretScan().clientCredentials(CLIENT_ID, CLIENT_SECRET);
  private ExtraHopApi api;
  private FakeHttpServer server;
  private ExtraHopClient client;

  private void start(Clock clientClock) {
    start(clientClock, Duration.ofSeconds(10));
  }

  private void start(Clock clientClock, Duration readTimeout) {
    CapturedLogs.clear();
    api =
        ExtraHopApi.builder()
            .oauthClient(CLIENT_ID, CLIENT_SECRET)
            .tokenLifetime(LIFETIME)
            .clock(serverClock)
            .build();
    // The fake as it is, but keeping each token it hands out, to look for it in logs and messages.
    server =
        FakeHttpServer.start(
            request -> {
              FakeResponse answer = api.handle(request);
              if (request.path().equals("/oauth2/token") && answer.status() == 200) {
                try {
                  JsonNode token = Json.mapper().readTree(answer.body());
                  minted.add(token.get("access_token").asText());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              return answer;
            });
    client =
        ExtraHopClient.builder()
            .baseUrl(server.baseUrl() + "/api/v1")
            .oauth2Client(CLIENT_ID, CLIENT_SECRET)
            .clock(clientClock)
            .readTimeout(readTimeout)
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofMillis(1))
                    .maxBackoff(Duration.ofMillis(5))
                    .build())
            .build();
    scan.object(client);
  }

  static final List<String> ROWS = new CopyOnWriteArrayList<>();

  @AfterAll
  static void table() {
    ROWS.forEach(r -> System.out.println("token request x " + r));
  }

  @AfterEach
  void stop() {
    minted.forEach(scan::secret);
    try {
      assertThat(scan.secretCount()).isGreaterThan(2);
      assertThat(scan.leaks())
          .as("client secret or a token in a log line, message or toString()")
          .isEmpty();
    } finally {
      client.close();
      server.close();
    }
  }

  /**
   * 32 threads call for as long as the test runs; meanwhile the time moves past the token's
   * lifetime twice. Every call returns, and each lifetime costs one token request, not one per
   * thread.
   */
  @Test
  void aTokenThatExpiresMidRunIsRenewedOnceWhenTheClientSeesItComing() throws Exception {
    start(serverClock); // the client reads the same time as the server
    Result result =
        callFromAllThreads(
            () -> {
              serverClock.advance(LIFETIME.plusSeconds(1));
            });

    assertThat(result.failures).as("no call failed").isEmpty();
    assertThat(api.tokensMinted())
        .as("one token per lifetime, for all %d threads", THREADS)
        .isEqualTo(3);
    assertThat(server.journal().count("POST", "/oauth2/token")).isEqualTo(3);
    System.out.println(
        "OAuth2 renewal (clock in step): "
            + result.calls
            + " calls from "
            + THREADS
            + " threads, "
            + api.tokensMinted()
            + " tokens, "
            + server.journal().entries("*", "/api/v1/**").stream()
                .filter(e -> e.status() == 401)
                .count()
            + " answers 401");
  }

  /**
   * The client's clock lags (it believes the token is good): the server answers 401 to every thread
   * that uses the expired token. Each of those calls is made again with one renewed token.
   */
  @Test
  void aTokenTheServerRefusesAsExpiredIsRenewedOnceForAllThreads() throws Exception {
    start(Clock.fixed(serverClock.instant(), serverClock.getZone()));
    Result result = callFromAllThreads(() -> serverClock.advance(LIFETIME.plusSeconds(1)));

    long refused =
        server.journal().entries("*", "/api/v1/**").stream().filter(e -> e.status() == 401).count();
    assertThat(result.failures).as("no call failed").isEmpty();
    assertThat(refused).as("the server did refuse the expired token").isPositive();
    assertThat(api.tokensMinted())
        .as("renewed once per expiry for all %d threads", THREADS)
        .isEqualTo(3);
    System.out.println(
        "OAuth2 renewal (client clock lagging): "
            + result.calls
            + " calls from "
            + THREADS
            + " threads, "
            + api.tokensMinted()
            + " tokens, "
            + refused
            + " answers 401, each made again");
  }

  /**
   * The token endpoint sits behind the same flaky proxies: a token request that meets a transient
   * fault is made again (minting a second token is harmless), so the call that needed the token
   * succeeds; one that keeps failing ends the call with the typed exception of what went wrong.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(FaultColumn.class)
  void aTokenRequestThatMeetsAFaultIsMadeAgain(FaultColumn fault) {
    start(serverClock, FaultColumn.READ_TIMEOUT);
    server.faults().on("POST", "/oauth2/token").respond(fault.fault);
    Throwable error = null;
    try {
      scan.object(client.tags().list());
    } catch (RuntimeException e) {
      scan.exception(e);
      error = e;
    }
    long tokenRequests = server.journal().count("POST", "/oauth2/token");
    ROWS.add(
        String.format(
            Locale.ROOT,
            "%-29s token requests %d, %s",
            fault,
            tokenRequests,
            error == null ? "ok" : error.getClass().getSimpleName() + ": " + error.getMessage()));
    assertThat(error).as("%s on the token request", fault).isNull();
    assertThat(tokenRequests).isEqualTo(2);
    assertThat(api.tokensMinted()).isEqualTo(fault.reachesApi() ? 2 : 1);
  }

  private record Result(int calls, List<Throwable> failures) {}

  /**
   * Every thread calls until the run ends; {@code expire} is called twice, once the threads are
   * busy. Between the two, every thread finishes two calls, so that no single call lives through
   * both expiries (a call renews its token at most once; real tokens live an hour).
   */
  private Result callFromAllThreads(Runnable expire) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier ready = new CyclicBarrier(THREADS + 1);
    CountDownLatch stop = new CountDownLatch(1);
    AtomicIntegerArray perThread = new AtomicIntegerArray(THREADS);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int index = t;
      futures.add(
          pool.submit(
              () -> {
                ready.await();
                while (stop.getCount() > 0) {
                  try {
                    scan.object(client.tags().list());
                  } catch (RuntimeException e) {
                    scan.exception(e);
                    failures.add(e);
                  }
                  perThread.incrementAndGet(index);
                }
                return null;
              }));
    }
    ready.await();
    for (int round = 0; round < 3; round++) {
      int[] before = new int[THREADS];
      for (int t = 0; t < THREADS; t++) {
        before[t] = perThread.get(t);
      }
      for (int t = 0; t < THREADS; t++) {
        while (perThread.get(t) < before[t] + 2) {
          Thread.sleep(2);
        }
      }
      if (round < 2) {
        expire.run();
      }
    }
    stop.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    int calls = 0;
    for (int t = 0; t < THREADS; t++) {
      calls += perThread.get(t);
    }
    pool.shutdown();
    return new Result(calls, List.copyOf(failures));
  }
}
