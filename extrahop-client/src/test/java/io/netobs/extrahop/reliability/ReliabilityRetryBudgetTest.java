package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.http.RetryBudget;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Fault;
import io.netobs.testing.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * 32 threads share one client with the default retry budget, against a fake ExtraHop that answers
 * 503 to everything for a few seconds: the fake's journal must show at most 1.2 requests per call
 * (without a budget every call makes three). Then the fake recovers: successful calls refill the
 * budget, and a call that meets one 503 is retried and succeeds, as it would without a budget.
 *
 * <p>Another length of outage: {@code -Dnetobs.budget.outageSeconds=30}.
 */
class ReliabilityRetryBudgetTest {
  static final int THREADS = 32;
  static final Duration OUTAGE =
      Duration.ofSeconds(Long.getLong("netobs.budget.outageSeconds", 10L));
  static final Duration UNBUDGETED_OUTAGE = Duration.ofSeconds(1);
  static final int REFILL_CALLS_PER_THREAD = 10;
  static final int TRANSIENT_CALLS_PER_THREAD = 5;

  /** The default policy's three attempts, with shorter waits so that the test stays quick. */
  static final RetryPolicy POLICY =
      RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(50))
          .maxBackoff(Duration.ofMillis(200))
          .build();

  @Test
  void duringAnOutageRetriesStopAndAfterItTransientFaultsAreRetriedAgain() throws Exception {
    try (FakeExtraHop fake = FakeExtraHop.start()) {
      fake.journal().keepBodies(false);
      long[] tags = new long[THREADS];
      Figures unbudgeted;
      try (ExtraHopClient client = client(fake, RetryBudget.unlimited())) {
        for (int i = 0; i < THREADS; i++) {
          tags[i] = client.tags().create(TagCreate.builder().name("budget-" + i).build());
        }
        unbudgeted = outage(fake, client, tags, UNBUDGETED_OUTAGE);
      }
      assertThat(unbudgeted.perCall())
          .as("without a budget every call makes all its attempts")
          .isEqualTo(3.0);

      try (ExtraHopClient client = client(fake, RetryBudget.defaults())) {
        Figures during = outage(fake, client, tags, OUTAGE);
        assertThat(during.failures).isEqualTo(during.calls);
        assertThat(during.refusedByBudget).isPositive();
        assertThat(during.requests - during.calls)
            .as("no success refills the budget: 500 tokens pay for 100 retries at 5 each")
            .isLessThanOrEqualTo(100);
        assertThat(during.perCall()).isLessThanOrEqualTo(1.2);

        // The fake recovers: successes refill the budget.
        long startedRecovery = System.nanoTime();
        Figures refill =
            run(fake, tags, n -> n < REFILL_CALLS_PER_THREAD, tag -> client.tags().get(tag));
        assertThat(refill.failures).isZero();
        assertThat(refill.requests).isEqualTo(refill.calls);

        // Each call now meets one 503 on its own tag, and is retried once and succeeds.
        Figures transientFaults =
            run(
                fake,
                tags,
                n -> n < TRANSIENT_CALLS_PER_THREAD,
                tag -> {
                  fake.faults()
                      .on("GET", "/api/v1/tags/" + tag)
                      .times(1)
                      .respond(Fault.status(503));
                  client.tags().get(tag);
                });
        long recoveryMillis = (System.nanoTime() - startedRecovery) / 1_000_000;
        assertThat(transientFaults.failures).isZero();
        assertThat(transientFaults.requests).isEqualTo(2 * transientFaults.calls);
        assertThat(recoveryMillis).isLessThan(30_000);

        System.out.printf(
            Locale.ROOT,
            "Retry budget: %d calls, %d requests (%.2f per call) during the outage (%d threads,"
                + " 503 to everything for %d s, %d calls refused a retry by the budget); without a"
                + " budget: %d calls, %d requests (%.2f per call) in %d s; after recovery %d"
                + " successful calls refilled it, then %d calls that each met one 503 were all"
                + " retried and succeeded (%d requests, %.2f per call), %d ms from recovery%n",
            during.calls,
            during.requests,
            during.perCall(),
            THREADS,
            OUTAGE.toSeconds(),
            during.refusedByBudget,
            unbudgeted.calls,
            unbudgeted.requests,
            unbudgeted.perCall(),
            UNBUDGETED_OUTAGE.toSeconds(),
            refill.calls,
            transientFaults.calls,
            transientFaults.requests,
            transientFaults.perCall(),
            recoveryMillis);
      }
    }
  }

  private static ExtraHopClient client(FakeExtraHop fake, RetryBudget budget) {
    return ExtraHopClient.builder()
        .baseUrl(fake.apiUrl())
        .apiKey(fake.apiKey())
        .retryPolicy(POLICY)
        .retryBudget(budget)
        .build();
  }

  /** Every thread reads its tag over and over while the fake answers 503 to everything. */
  private static Figures outage(
      FakeExtraHop fake, ExtraHopClient client, long[] tags, Duration length) throws Exception {
    Faults.Rule down = fake.faults().on("*", "/api/v1/**").always().respond(Fault.status(503));
    try {
      long deadline = System.nanoTime() + length.toNanos();
      return run(fake, tags, n -> System.nanoTime() < deadline, tag -> client.tags().get(tag));
    } finally {
      down.cancel();
    }
  }

  /** One call of a thread, on the thread's own tag. */
  private interface Call {
    void make(long tag);
  }

  /** The calls, requests (from the fake's journal) and failures of one phase. */
  private record Figures(long calls, long requests, long failures, long refusedByBudget) {
    double perCall() {
      return calls == 0 ? 0 : (double) requests / calls;
    }
  }

  /**
   * Makes calls on {@link #THREADS} threads, each while {@code more} holds for the number of calls
   * it made so far, counting a failed call and going on with the next: only {@link
   * ServerErrorException} is an expected failure.
   */
  private static Figures run(FakeExtraHop fake, long[] tags, IntPredicate more, Call call)
      throws Exception {
    long requestsBefore = fake.journal().total();
    AtomicLong calls = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int thread = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int n = 0; more.test(n); n++) {
                    calls.incrementAndGet();
                    try {
                      call.make(tags[thread]);
                    } catch (ServerErrorException e) {
                      failures.incrementAndGet();
                      for (Throwable s : e.getSuppressed()) {
                        if (s instanceof RetryBudget.Exhausted) {
                          refused.incrementAndGet();
                        }
                      }
                    }
                  }
                } catch (Throwable e) {
                  unexpected.add(e);
                }
              },
              "budget-" + i);
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(unexpected).isEmpty();
    return new Figures(
        calls.get(), fake.journal().total() - requestsBefore, failures.get(), refused.get());
  }
}
