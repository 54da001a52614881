package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.RetryBudget;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import io.netobs.http.testing.CapturedLogs;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The retry budget: its tokens (cost, refill, empty, capacity, many threads at once), its place in
 * the retry decision, and what a call, its hooks and its log show when the budget refuses a retry.
 */
class RetryBudgetTest extends MockServerTest {
  private static final RetryPolicy NO_JITTER = RetryPolicy.builder().jitter(0).build();
  private static final Outcome STATUS_503 = new Outcome(Ending.ERROR_STATUS, 503, null, true, null);
  private static final Outcome NO_ANSWER =
      new Outcome(Ending.NO_ANSWER, 0, new IOException("reset"), true, null);

  private static RetryBudget budget(int capacity, int retryCost, int transportCost, int refill) {
    return RetryBudget.builder()
        .capacity(capacity)
        .retryCost(retryCost)
        .transportRetryCost(transportCost)
        .successRefill(refill)
        .build();
  }

  // --- the budget's values

  @Test
  void defaultsFollowTheStandardRetryQuotaAndUnlimitedTurnsItOff() {
    RetryBudget defaults = RetryBudget.defaults();
    assertThat(defaults.limits()).isTrue();
    assertThat(defaults.capacity()).isEqualTo(500);
    assertThat(defaults.retryCost()).isEqualTo(5);
    assertThat(defaults.transportRetryCost()).isEqualTo(10);
    assertThat(defaults.successRefill()).isEqualTo(1);
    assertThat(defaults)
        .hasToString(
            "RetryBudget[capacity=500, retryCost=5, transportRetryCost=10, successRefill=1]");
    assertThat(RetryBudget.unlimited().limits()).isFalse();
    assertThat(RetryBudget.unlimited()).hasToString("RetryBudget[unlimited]");
    assertThat(RetryBudget.unlimited()).isNotEqualTo(defaults);
    assertThat(RetryBudget.builder().build()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    RetryBudget custom = budget(50, 2, 3, 4);
    assertThat(custom.toBuilder().build()).isEqualTo(custom);
    assertThat(custom).isNotEqualTo(budget(50, 2, 3, 5)).isNotEqualTo(budget(51, 2, 3, 4));
    assertThat(custom).isNotEqualTo(budget(50, 1, 3, 4)).isNotEqualTo(budget(50, 2, 4, 4));
    assertThat(RetryBudget.unlimited().toBuilder().build()).isEqualTo(defaults);
  }

  @Test
  void theBuilderRefusesNonsenseNamingTheOption() {
    assertThatThrownBy(() -> RetryBudget.builder().capacity(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
    assertThatThrownBy(() -> RetryBudget.builder().retryCost(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryCost");
    assertThatThrownBy(() -> RetryBudget.builder().transportRetryCost(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transportRetryCost");
    assertThatThrownBy(() -> RetryBudget.builder().successRefill(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successRefill");
    assertThat(RetryBudget.builder().capacity(1).retryCost(0).transportRetryCost(0).build())
        .extracting(RetryBudget::capacity, RetryBudget::retryCost, RetryBudget::transportRetryCost)
        .containsExactly(1, 0, 0);
    assertThatThrownBy(() -> new RetryTokens(RetryBudget.unlimited()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOptionIsOnByDefaultSettableAndShown() {
    assertThat(CoreOptions.defaults().retryBudget()).isEqualTo(RetryBudget.defaults());
    CoreOptions off = CoreOptions.builder().retryBudget(RetryBudget.unlimited()).build();
    assertThat(off.retryBudget()).isEqualTo(RetryBudget.unlimited());
    assertThat(off.toBuilder().build().retryBudget()).isEqualTo(RetryBudget.unlimited());
    assertThat(CoreOptions.builder().options(off).build().retryBudget())
        .isEqualTo(RetryBudget.unlimited());
    assertThat(off.toString()).contains("retryBudget=RetryBudget[unlimited]");
    assertThat(CoreOptions.defaults().toString())
        .contains("retryBudget=RetryBudget[capacity=500, retryCost=5");
    assertThatThrownBy(() -> CoreOptions.builder().retryBudget(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("retryBudget");
  }

  // --- the tokens

  @Test
  void aRetryAfterNoAnswerCostsTheTransportCostAndAfterAnErrorStatusTheRetryCost() {
    RetryTokens tokens = new RetryTokens(budget(100, 3, 7, 1));
    assertThat(tokens.costOf(STATUS_503)).isEqualTo(3);
    assertThat(tokens.costOf(NO_ANSWER)).isEqualTo(7);
    assertThat(tokens.costOf(new Outcome(Ending.BROKE_OFF, 200, null, true, null))).isEqualTo(7);
    assertThat(tokens.costOf(new Outcome(Ending.CUT_SHORT, 200, null, true, null))).isEqualTo(7);
    assertThat(tokens.available()).isEqualTo(100);
    assertThat(tokens.take(3)).isTrue();
    assertThat(tokens.take(7)).isTrue();
    assertThat(tokens.available()).isEqualTo(90);
  }

  @Test
  void anEmptyBucketRefusesAndNeverGoesBelowZero() {
    RetryTokens tokens = new RetryTokens(budget(12, 5, 10, 1));
    assertThat(tokens.take(5)).isTrue();
    assertThat(tokens.take(5)).isTrue();
    assertThat(tokens.available()).isEqualTo(2);
    assertThat(tokens.take(5)).isFalse();
    assertThat(tokens.available()).isEqualTo(2);
    assertThat(tokens.take(2)).isTrue();
    assertThat(tokens.available()).isZero();
    assertThat(tokens.take(1)).isFalse();
    assertThat(tokens.take(0)).isTrue();
    assertThat(tokens.available()).isZero();
  }

  @Test
  void successesRefillUpToTheCapacityAndARetriedSuccessGivesBackWhatItsRetriesTook() {
    RetryTokens tokens = new RetryTokens(budget(20, 5, 10, 2));
    tokens.succeeded(0);
    assertThat(tokens.available()).as("a full bucket stays at its capacity").isEqualTo(20);
    assertThat(tokens.take(15)).isTrue();
    tokens.succeeded(0);
    assertThat(tokens.available()).as("a first-attempt success gives successRefill").isEqualTo(7);
    tokens.succeeded(10);
    assertThat(tokens.available()).as("a retried success gives back its retries").isEqualTo(17);
    tokens.succeeded(10);
    assertThat(tokens.available()).as("never above the capacity").isEqualTo(20);
    tokens.giveBack(Integer.MAX_VALUE);
    assertThat(tokens.available()).isEqualTo(20);
  }

  @Test
  void manyThreadsTakeExactlyWhatTheBucketHeldAndRefillExactlyToTheCapacity() throws Exception {
    int capacity = 20_000;
    int threads = 32;
    RetryTokens tokens = new RetryTokens(budget(capacity, 1, 1, 1));
    AtomicLong taken = new AtomicLong();
    runAll(
        threads,
        i -> {
          while (tokens.take(1)) {
            taken.incrementAndGet();
          }
        });
    assertThat(taken.get()).as("each token taken once").isEqualTo(capacity);
    assertThat(tokens.available()).isZero();
    runAll(
        threads,
        i -> {
          for (int n = 0; n < capacity / threads * 2; n++) {
            tokens.giveBack(1);
          }
        });
    assertThat(tokens.available()).as("filled exactly to the capacity").isEqualTo(capacity);
  }

  @Test
  void underMixedTakingAndRefillingTheBucketStaysBetweenZeroAndItsCapacity() throws Exception {
    int capacity = 50;
    RetryTokens tokens = new RetryTokens(budget(capacity, 5, 10, 1));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger lowest = new AtomicInteger(capacity);
    AtomicInteger highest = new AtomicInteger(0);
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                int now = tokens.available();
                lowest.accumulateAndGet(now, Math::min);
                highest.accumulateAndGet(now, Math::max);
              }
            });
    watcher.start();
    List<Integer> seenByTakers = new CopyOnWriteArrayList<>();
    runAll(
        32,
        i -> {
          SplittableRandom random = new SplittableRandom(i);
          int localLowest = capacity;
          for (int n = 0; n < 20_000; n++) {
            switch (random.nextInt(4)) {
              case 0 -> tokens.take(5);
              case 1 -> tokens.take(10);
              case 2 -> tokens.succeeded(0);
              default -> tokens.succeeded(random.nextInt(3) * 5);
            }
            localLowest = Math.min(localLowest, tokens.available());
          }
          seenByTakers.add(localLowest);
        });
    running.set(false);
    watcher.join();
    assertThat(lowest.get()).isGreaterThanOrEqualTo(0);
    assertThat(highest.get()).isLessThanOrEqualTo(capacity);
    assertThat(seenByTakers).allSatisfy(low -> assertThat(low).isGreaterThanOrEqualTo(0));
    assertThat(tokens.available()).isBetween(0, capacity);
  }

  // --- the decision

  @Test
  void theBudgetOnlyRemovesRetriesAndChargesOnlyTheRetriesThePolicyCounts() {
    RetryTokens tokens = new RetryTokens(budget(10, 5, 10, 1));
    RetryDecision retry =
        RetryDecision.decide(RetryDecision.CallKind.IDEMPOTENT, 0, STATUS_503, NO_JITTER, 0.0);
    assertThat(retry.retry()).isTrue();
    assertThat(RetryDecision.withinBudget(retry, STATUS_503, null)).isSameAs(retry);
    assertThat(RetryDecision.withinBudget(RetryDecision.STOP, STATUS_503, tokens))
        .isSameAs(RetryDecision.STOP);
    assertThat(RetryDecision.withinBudget(RetryDecision.RENEWED_AUTH, STATUS_503, tokens))
        .isSameAs(RetryDecision.RENEWED_AUTH);
    assertThat(tokens.available()).as("stops and renewals are free").isEqualTo(10);
    assertThat(RetryDecision.withinBudget(retry, NO_ANSWER, tokens)).isSameAs(retry);
    assertThat(tokens.available()).isZero();
    RetryDecision refused = RetryDecision.withinBudget(retry, STATUS_503, tokens);
    assertThat(refused).isEqualTo(RetryDecision.BUDGET_EXHAUSTED);
    assertThat(refused.retry()).isFalse();
    assertThat(refused.budgetExhausted()).isTrue();
    assertThat(RetryDecision.STOP.budgetExhausted()).isFalse();
  }

  // --- calls

  @Test
  void anEmptyBudgetEndsACallAfterItsFirstAttemptWithItsOwnErrorAndSaysSo() {
    CapturedLogs.clear();
    List<CallHook.Outcome> outcomes = new CopyOnWriteArrayList<>();
    Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder()
                .retryPolicy(NO_JITTER)
                .retryBudget(budget(10, 5, 10, 5))
                .hook(
                    new CallHook() {
                      @Override
                      public void afterAttempt(Outcome outcome) {
                        outcomes.add(outcome);
                      }
                    })
                .build(),
            sleeper)) {
      assertThat(core.retryTokens()).isEqualTo(10);
      for (int i = 0; i < 3; i++) {
        server.enqueue(status(503));
      }
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(ServerErrorException.class)
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .as("the two earlier attempts' 503s, and no note of the budget")
                      .hasSize(2)
                      .allSatisfy(s -> assertThat(s).isInstanceOf(ServerErrorException.class)));
      assertThat(server.getRequestCount()).as("the policy's two retries, paid for").isEqualTo(3);
      assertThat(core.retryTokens()).isZero();

      server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
      server.enqueue(json(200, "{}"));
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(ServerErrorException.class)
          .hasMessageMatching(
              Servers.endingAfter("GET /api/v1/tags: 503 Service Unavailable: busy", 1))
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .singleElement()
                      .isInstanceOf(RetryBudget.Exhausted.class)
                      .extracting(Throwable::getMessage)
                      .asString()
                      .startsWith("retry budget exhausted after 1 attempt:"));
      assertThat(server.getRequestCount()).as("the first attempt only").isEqualTo(4);
      assertThat(outcomes.get(outcomes.size() - 1))
          .extracting(CallHook.Outcome::willRetry, CallHook.Outcome::retryBudgetExhausted)
          .containsExactly(false, true);
      assertThat(outcomes.subList(0, 3))
          .extracting(CallHook.Outcome::retryBudgetExhausted)
          .containsOnly(false);
      assertThat(
              CapturedLogs.lines().stream()
                  .filter(l -> l.level() == Level.DEBUG)
                  .map(CapturedLogs.Line::message)
                  .filter(m -> m.contains("retry budget exhausted"))
                  .toList())
          .singleElement()
          .asString()
          .matches(
              "\\[[0-9a-f]{8}\\] GET /api/v1/tags -> retry budget exhausted after 1 attempt\\(s\\):"
                  + " not retried");

      // The 200 left in the queue: a success refills, and the next transient fault is retried.
      core.send(ApiRequest.get("/tags").build());
      assertThat(core.retryTokens()).isEqualTo(5);
      server.enqueue(status(503));
      server.enqueue(status(204));
      core.send(ApiRequest.get("/tags").build());
      assertThat(server.getRequestCount()).isEqualTo(7);
      assertThat(core.retryTokens()).as("the retried success gave its cost back").isEqualTo(5);
    }
  }

  @Test
  void aRetryThatRefusesTheSecondRetrySaysHowManyAttemptsWereMade() {
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder().retryPolicy(NO_JITTER).retryBudget(budget(7, 5, 10, 1)).build(),
            new Servers.RecordingSleeper())) {
      server.enqueue(status(503));
      server.enqueue(status(503));
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .hasSize(2)
                      .satisfies(
                          s -> assertThat(s[0]).isInstanceOf(ServerErrorException.class),
                          s ->
                              assertThat(s[1])
                                  .isInstanceOf(RetryBudget.Exhausted.class)
                                  .extracting(Throwable::getMessage)
                                  .asString()
                                  .startsWith("retry budget exhausted after 2 attempts:")));
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(core.retryTokens()).isEqualTo(2);
    }
  }

  @Test
  void aConnectionFailureCostsTheTransportCost() {
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder().retryPolicy(NO_JITTER).retryBudget(budget(25, 5, 10, 1)).build(),
            new Servers.RecordingSleeper())) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(TransportException.class);
      assertThat(core.retryTokens()).isEqualTo(5);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void unlimitedMakesEveryRetryThePolicyAllows() {
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder()
                .retryPolicy(NO_JITTER)
                .retryBudget(RetryBudget.unlimited())
                .build(),
            new Servers.RecordingSleeper())) {
      assertThat(core.retryTokens()).isEqualTo(-1);
      for (int call = 0; call < 120; call++) {
        for (int i = 0; i < 3; i++) {
          server.enqueue(status(503));
        }
        assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
            .isInstanceOf(ServerErrorException.class)
            .satisfies(
                e ->
                    assertThat(e.getSuppressed())
                        .as("the earlier attempts' 503s, and no note of the budget")
                        .hasSize(2)
                        .noneMatch(RetryBudget.Exhausted.class::isInstance));
      }
      assertThat(server.getRequestCount()).isEqualTo(360);
    }
  }

  @Test
  void theDefaultBudgetStopsRetriesAfterAHundredRetriesInARow() {
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder().retryPolicy(NO_JITTER).build(),
            new Servers.RecordingSleeper())) {
      for (int i = 0; i < 200; i++) {
        server.enqueue(status(503));
      }
      int failed = 0;
      while (server.getRequestCount() < 200) {
        assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
            .isInstanceOf(ServerErrorException.class);
        failed++;
      }
      // 50 calls of three attempts spend the 500 tokens; the next 50 make one attempt each.
      assertThat(failed).isEqualTo(100);
      assertThat(core.retryTokens()).isZero();
    }
  }

  @Test
  void variantsShareTheBucketUnlessTheySetAnotherBudget() {
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.builder().retryPolicy(NO_JITTER).retryBudget(budget(10, 5, 10, 1)).build(),
            new Servers.RecordingSleeper())) {
      HttpCore sameBudget =
          core.withOptions(core.options().toBuilder().readTimeout(Duration.ofSeconds(3)).build());
      HttpCore otherUrl = core.withBaseUrl(server.url("/api/v2").toString());
      HttpCore ownBudget =
          core.withOptions(core.options().toBuilder().retryBudget(budget(10, 1, 1, 1)).build());
      HttpCore off =
          core.withOptions(core.options().toBuilder().retryBudget(RetryBudget.unlimited()).build());
      server.enqueue(status(503));
      server.enqueue(status(204));
      sameBudget.send(ApiRequest.get("/tags").build());
      assertThat(core.retryTokens()).isEqualTo(10);
      server.enqueue(status(503));
      server.enqueue(status(503));
      server.enqueue(status(503));
      assertThatThrownBy(() -> otherUrl.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(ServerErrorException.class);
      assertThat(core.retryTokens()).isZero();
      assertThat(sameBudget.retryTokens()).isZero();
      assertThat(ownBudget.retryTokens()).isEqualTo(10);
      assertThat(off.retryTokens()).isEqualTo(-1);
      server.enqueue(status(503));
      server.enqueue(status(204));
      ownBudget.send(ApiRequest.get("/tags").build());
      assertThat(server.getRequestCount()).isEqualTo(7);
    }
  }

  private interface Body {
    void run(int index) throws Exception;
  }

  private static void runAll(int threads, Body body) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> started = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  body.run(index);
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      started.add(t);
    }
    start.countDown();
    for (Thread t : started) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }
}
