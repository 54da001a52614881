package io.netobs.kentik.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.LoadRun;
import io.netobs.http.testing.SecretScan;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.testing.FakeKentik;
import io.netobs.testing.Fault;
import io.netobs.testing.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The Kentik client under load: 32 threads share one client through faults (tag reads and writes
 * under the admin limiter, Query API calls under the query limiter, counted apart), and its rate
 * limiters hold the limits they were given, as the fake counts them: together never more in flight
 * than the two limits add up to. The fake enforces the same limits (429 beyond them), so a limiter
 * that let one request too many through would show as a 429 that no fault injected.
 *
 * <p>Longer runs: {@code -Dnetobs.load.kentikCalls=100000}.
 */
class ReliabilityLoadTest {
  static final int CALLS = Integer.getInteger("netobs.load.kentikCalls", 3_000);
  static final int THREADS = Integer.getInteger("netobs.load.threads", 32);
  static final double FAULT_RATE =
      Double.parseDouble(System.getProperty("netobs.load.faultRate", "0.03"));
  static final long SEED = Long.getLong("netobs.load.seed", 11L);
  static final int IN_FLIGHT = 4;

  /** Queries in flight at once, under their own limiter; the admin calls have the rest. */
  static final int QUERIES_IN_FLIGHT = 1;

  static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

  enum Op implements LoadRun.Weighted {
    GET(30, "GET", "/api/v5/tag/{id}"),
    CREATE(22, "POST", "/api/v5/tag"),
    UPDATE(22, "PUT", "/api/v5/tag/{id}"),
    DELETE(15, "DELETE", "/api/v5/tag/{id}"),
    QUERY(11, "POST", "/api/v5/query/topXdata");

    final int weight;
    final String method;
    final String path;

    Op(int weight, String method, String path) {
      this.weight = weight;
      this.method = method;
      this.path = path;
    }

    @Override
    public int weight() {
      return weight;
    }
  }

  private static final Fault[] FAULTS = LoadRun.everyFault(READ_TIMEOUT.plusMillis(500));

  /** The Query API call of the mix: the top source addresses of the last hour. */
  private static final TopXQuery QUERY_TOP_TALKERS =
      TopXQuery.builder()
          .metric("bytes")
          .dimensions("IP_src")
          .aggregate(
              TopXAggregate.builder()
                  .name("avg_bits_per_sec")
                  .column("f_sum_both_bytes")
                  .function(AggregateFunction.AVERAGE)
                  .build())
          .topx(10)
          .lookback(Duration.ofHours(1))
          .allDevices()
          .build();

  @Test
  void theConcurrencyLimitHoldsForThirtyTwoThreadsThroughFaults() throws Exception {
    CapturedLogs.clear();
    FakeKentik fake =
        FakeKentik.builder()
            .sampleData(true)
            .rateLimit(new FakeKentik.RateLimit(IN_FLIGHT, 10_000_000, 100_000_000))
            .holdEachRequest(Duration.ofMillis(1))
            .start();
    fake.journal().capacity(Math.max(Journal.DEFAULT_CAPACITY, CALLS * 4));
    SecretScan scan = new SecretScan().secret(fake.token(), fake.email()).keepTexts(false);
    KentikClient client =
        KentikClient.builder()
            .baseUrl(fake.apiUrl())
            .email(fake.email())
            .apiToken(fake.token())
            .rateLimit(new RateLimit(IN_FLIGHT - QUERIES_IN_FLIGHT, 0, 0))
            .queryRateLimit(new RateLimit(QUERIES_IN_FLIGHT, 0, 0))
            .readTimeout(READ_TIMEOUT)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(2)
                    .initialBackoff(Duration.ofMillis(2))
                    .maxBackoff(Duration.ofMillis(20))
                    .build())
            .build();
    scan.object(client);
    long seeded = fake.tags().get(0).get("id").asLong();
    ConcurrentLinkedQueue<Long> victims = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < CALLS * Op.DELETE.weight * 12 / 1000 + 50; i++) {
      victims.add(
          client
              .flowTags()
              .create(FlowTagCreate.builder().flowTag("VICTIM_" + i).port("443").build())
              .id());
    }
    fake.journal().clear();
    fake.faults().randomly(FAULT_RATE, SEED, FAULTS);

    Map<String, Long> created = new ConcurrentHashMap<>();
    LoadRun.Result<Op> result =
        LoadRun.run(
            Op.class,
            CALLS,
            THREADS,
            SEED,
            scan,
            (Integer thread, SplittableRandom random) ->
                new LoadRun.Worker<Op>() {
                  final List<Long> mine = new ArrayList<>();
                  Long victim;

                  @Override
                  public Op choose(Op op) {
                    if (op == Op.UPDATE && mine.isEmpty()) {
                      op = Op.CREATE;
                    }
                    victim = op == Op.DELETE ? victims.poll() : null;
                    if (op == Op.DELETE && victim == null) {
                      op = Op.GET;
                    }
                    return op;
                  }

                  @Override
                  public void call(Op op, int n) {
                    switch (op) {
                      case GET -> scan.object(client.flowTags().get(seeded));
                      case CREATE -> {
                        String name = String.format("LT_%d_%d", thread, n);
                        long id =
                            client
                                .flowTags()
                                .create(FlowTagCreate.builder().flowTag(name).port("80").build())
                                .id();
                        created.put(name, id);
                        mine.add(id);
                      }
                      case UPDATE ->
                          scan.object(
                              client
                                  .flowTags()
                                  .update(
                                      mine.get(random.nextInt(mine.size())),
                                      FlowTagUpdate.builder()
                                          .port(String.valueOf(1 + random.nextInt(65_000)))
                                          .build()));
                      case DELETE -> client.flowTags().delete(victim);
                      case QUERY -> scan.object(client.queries().topXData(QUERY_TOP_TALKERS));
                      default -> throw new AssertionError(op);
                    }
                  }
                });
    Map<Op, AtomicLong> successes = result.successes();
    Duration elapsed = result.elapsed();
    fake.faults().clear();
    Journal journal = fake.journal();

    assertThat(result.untyped()).as("exceptions that are not NetobsException").isEmpty();
    assertThat(result.calls()).isEqualTo(CALLS);
    // The limiter held: never more than IN_FLIGHT requests at the fake, and no 429 but the injected
    // ones.
    assertThat(fake.observedMaxConcurrency())
        .as("requests in flight at the fake")
        .isBetween(2, IN_FLIGHT);
    assertThat(
            journal.entries().stream().filter(e -> e.status() == 429 && e.fault() == null).count())
        .as("429s from the fake's own limiter")
        .isZero();
    // The journal agrees with the callers.
    for (Op op : Op.values()) {
      long accepted =
          journal.entries(op.method, op.path).stream()
              .filter(e -> op != Op.GET || e.path().endsWith("/" + seeded))
              .filter(e -> acceptedBySdk(op, e))
              .count();
      assertThat(successes.get(op).get())
          .as("%s: successes seen by callers vs answers the SDK could accept", op)
          .isEqualTo(accepted);
    }
    Map<String, Integer> applied =
        LoadRun.createsThatReachedTheApi(
            journal, Op.CREATE.path, body -> body.path("tag").path("flow_tag").asText());
    assertThat(applied.values()).as("no create applied twice").allMatch(times -> times == 1);
    long inFake = 0;
    for (JsonNode tag : fake.tags()) {
      if (tag.path("flow_tag").asText().startsWith("LT_")) {
        inFake++;
        Long id = created.get(tag.path("flow_tag").asText());
        assertThat(id == null || id == tag.get("id").asLong()).isTrue();
      }
    }
    assertThat(inFake).as("tags in the fake = creates that reached it").isEqualTo(applied.size());
    assertThat((long) created.size()).isEqualTo(successes.get(Op.CREATE).get());
    assertThat(scan.leaks()).as("secrets in logs, messages or toString()").isEmpty();
    client.close();
    fake.close();

    System.out.printf(
        "Kentik load: %d calls from %d threads in %d ms (%d requests, %d faulted), most in flight at the fake %d (limit %d), %s; failures: %s%n",
        CALLS,
        THREADS,
        elapsed.toMillis(),
        journal.total(),
        journal.entries().stream().filter(Journal.Entry::faulted).count(),
        fake.observedMaxConcurrency(),
        IN_FLIGHT,
        result.successSummary(),
        result.failureSummary());
  }

  /**
   * The per-minute limit in a short window: 32 threads want 41 calls of a client allowed 40 a
   * minute. The first 40 go at once; the 41st waits for the window (here: is still waiting a second
   * later, then is interrupted, which ends it with a typed exception before anything is sent). The
   * fake saw 40 in its busiest minute, and refused nothing.
   */
  @Test
  void thePerMinuteLimitHoldsInAShortWindow() throws Exception {
    int perMinute = 40;
    FakeKentik fake =
        FakeKentik.builder()
            .sampleData(true)
            .rateLimit(new FakeKentik.RateLimit(100, perMinute, 10_000))
            .start();
    try (KentikClient client =
        KentikClient.builder()
            .baseUrl(fake.apiUrl())
            .email(fake.email())
            .apiToken(fake.token())
            .rateLimit(new RateLimit(0, perMinute, 0))
            .build()) {
      long seeded = fake.tags().get(0).get("id").asLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch first = new CountDownLatch(perMinute);
      AtomicInteger tickets = new AtomicInteger();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  while (tickets.getAndIncrement() < perMinute + 1) {
                    try {
                      client.flowTags().get(seeded);
                      first.countDown();
                    } catch (RuntimeException e) {
                      errors.add(e);
                    }
                  }
                }));
      }
      assertThat(first.await(20, TimeUnit.SECONDS))
          .as("the first %d calls go without waiting", perMinute)
          .isTrue();
      Thread.sleep(1_000);
      assertThat(fake.journal().total()).as("the call over the limit waits").isEqualTo(perMinute);
      // Which thread holds the call over the limit is up to the scheduler (tickets are drawn before
      // the limiter is reached), so every worker is interrupted: the idle ones just end.
      pool.shutdownNow();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(errors)
          .singleElement()
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.requestSent()).isFalse();
                assertThat(e).hasMessageContaining("interrupted while waiting for the rate limit");
              });
      assertThat(fake.observedMaxPerMinute())
          .as("the busiest minute at the fake")
          .isEqualTo(perMinute);
      assertThat(fake.journal().entries().stream().filter(e -> e.status() == 429).count()).isZero();
      System.out.println(
          "Kentik limiter: "
              + perMinute
              + " calls a minute allowed, "
              + fake.observedMaxPerMinute()
              + " seen by the fake in its busiest minute, call "
              + (perMinute + 1)
              + " held back");
    } finally {
      fake.close();
    }
  }

  /**
   * Whether the SDK accepts this answer as a call's success (see the ExtraHop load test for the
   * reasoning).
   */
  private static boolean acceptedBySdk(Op op, Journal.Entry e) {
    if (e.fault() == null) {
      return (e.status() >= 200 && e.status() < 300) || (op == Op.DELETE && e.status() == 404);
    }
    return switch (e.fault().kind()) {
      case TRUNCATED_JSON, EMPTY_OK -> op == Op.DELETE;
      default -> false;
    };
  }
}
