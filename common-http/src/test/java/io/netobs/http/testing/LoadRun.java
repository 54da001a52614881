package io.netobs.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.NetobsException;
import io.netobs.testing.Fault;
import io.netobs.testing.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the clients' load tests share: threads that share a number of calls, each picking its next
 * operation by weight with a random of its own, and a tally of how every call ended (a success, a
 * typed {@link NetobsException}, or anything else, which the tests refuse).
 */
public final class LoadRun {
  /** An operation of a load mix, with its weight (the weights of a mix add up to 100). */
  public interface Weighted {
    int weight();
  }

  /** The calls of one thread. */
  public interface Worker<O> {
    /**
     * The operation to make instead of {@code picked} when it cannot be made now; {@code picked}
     * otherwise.
     */
    default O choose(O picked) {
      return picked;
    }

    /** Makes call number {@code n} as {@code op}; a failure is thrown. */
    void call(O op, int n);
  }

  /** How the calls ended, per operation. */
  public record Result<O extends Enum<O>>(
      Map<O, AtomicLong> successes,
      Map<O, AtomicLong> failures,
      Map<String, AtomicLong> failureTypes,
      ConcurrentLinkedQueue<Throwable> untyped,
      Duration elapsed) {
    /** Calls that ended in a result or a typed exception. */
    public long calls() {
      return successes.values().stream().mapToLong(AtomicLong::get).sum() + totalFailures();
    }

    /** Calls that ended in a typed exception. */
    public long totalFailures() {
      return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** {@code OP=n} for each operation's successes. */
    public String successSummary() {
      return successes.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(" "));
    }

    /** {@code OP ExceptionType=n} for each kind of failure, sorted. */
    public String failureSummary() {
      return failureTypes.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
    }
  }

  private LoadRun() {}

  /**
   * One fault of every kind, the delay being {@code delay}: what a load test's fake picks from at
   * random.
   */
  public static Fault[] everyFault(Duration delay) {
    return new Fault[] {
      Fault.delay(delay),
      Fault.tooManyRequests(Duration.ofSeconds(1)),
      Fault.tooManyRequests(null),
      Fault.status(500),
      Fault.status(502),
      Fault.status(503),
      Fault.status(504),
      Fault.disconnectBeforeResponse(),
      Fault.disconnectDuringBody(),
      Fault.truncatedJson(),
      Fault.htmlError(502),
      Fault.emptyOk()
    };
  }

  /**
   * Makes {@code calls} calls from {@code threads} threads. Thread {@code t} picks operations by
   * weight with a random seeded from {@code seed} and {@code t}, and makes them through the worker
   * that {@code workers} gives for {@code t} and that random. Exceptions and, every 500 calls, the
   * captured log lines go to {@code scan}.
   */
  public static <O extends Enum<O> & Weighted> Result<O> run(
      Class<O> ops,
      int calls,
      int threads,
      long seed,
      SecretScan scan,
      BiFunction<Integer, SplittableRandom, Worker<O>> workers)
      throws Exception {
    Map<O, AtomicLong> successes = new EnumMap<>(ops);
    Map<O, AtomicLong> failures = new EnumMap<>(ops);
    for (O op : ops.getEnumConstants()) {
      successes.put(op, new AtomicLong());
      failures.put(op, new AtomicLong());
    }
    Map<String, AtomicLong> failureTypes = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Throwable> untyped = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(seed * 31 + thread);
                Worker<O> worker = workers.apply(thread, random);
                int n;
                while ((n = next.getAndIncrement()) < calls) {
                  O op = worker.choose(pick(ops, random));
                  try {
                    worker.call(op, n);
                    successes.get(op).incrementAndGet();
                  } catch (NetobsException e) {
                    failures.get(op).incrementAndGet();
                    failureTypes
                        .computeIfAbsent(
                            op + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
                    scan.exception(e);
                  } catch (RuntimeException | Error e) {
                    untyped.add(e);
                  }
                  if (n % 500 == 0) {
                    scan.drainLogs();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    return new Result<>(
        successes, failures, failureTypes, untyped, Duration.ofNanos(System.nanoTime() - started));
  }

  private static <O extends Enum<O> & Weighted> O pick(Class<O> ops, SplittableRandom random) {
    O[] all = ops.getEnumConstants();
    int r = random.nextInt(100);
    for (O op : all) {
      r -= op.weight();
      if (r < 0) {
        return op;
      }
    }
    return all[0];
  }

  /**
   * How many times each create reached the API, by the name {@code name} reads from its body: the
   * requests to {@code POST path} that no fault stopped before the fake's API handled them.
   */
  public static Map<String, Integer> createsThatReachedTheApi(
      Journal journal, String path, Function<JsonNode, String> name) {
    Map<String, Integer> applied = new HashMap<>();
    for (Journal.Entry e : journal.entries("POST", path)) {
      if (e.fault() == null || e.fault().reachesApi()) {
        applied.merge(name.apply(e.json()), 1, Integer::sum);
      }
    }
    return applied;
  }
}
