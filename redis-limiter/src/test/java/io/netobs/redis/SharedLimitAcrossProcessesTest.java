package io.netobs.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.testing.FakeKentik;
import io.netobs.testing.Journal;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Four client processes of one Kentik account share its limits through Redis, against the Kentik
 * fake enforcing them: the fake never sees more than the limits in any window and answers no 429.
 * One process is killed while it holds the only permit in flight; its lease ends and the others
 * finish their calls. Once at Kentik's own limits and windows (60 calls a minute), making more
 * calls than a minute allows, and once with windows of 5 and 20 seconds standing in for the minute
 * and the hour, so that the run goes through several of both in seconds.
 */
class SharedLimitAcrossProcessesTest {
  private static final Duration LEASE = Duration.ofSeconds(2);

  /**
   * The account's limits, the fake's windows, the calls each surviving process makes, and the limit
   * the calls in all exceed (so that the run has to wait for calls to leave that window).
   */
  private record Scenario(
      FakeKentik.RateLimit limits,
      FakeKentik.RateWindows windows,
      int callsPerProcess,
      int callsExceed) {}

  @Test
  void atKentiksOwnLimitsFourProcessesKeepToSixtyCallsAMinute() throws Exception {
    run(new Scenario(FakeKentik.RateLimit.KENTIK, FakeKentik.RateWindows.KENTIK, 22, 60));
  }

  @Test
  void fourProcessesKeepToTheAccountsLimitsAndAKilledHoldersPermitComesBack() throws Exception {
    run(
        new Scenario(
            new FakeKentik.RateLimit(1, 10, 30),
            new FakeKentik.RateWindows(Duration.ofSeconds(5), Duration.ofSeconds(20)),
            12,
            30));
  }

  private static void run(Scenario scenario) throws Exception {
    FakeKentik.RateLimit limits = scenario.limits();
    FakeKentik.RateWindows windows = scenario.windows();
    int calls = scenario.callsPerProcess();
    Path logs =
        Files.createDirectories(
            Path.of("target", "shared-limit-workers", windows.minute().toSeconds() + "s-window"));
    try (LocalRedis server = LocalRedis.start();
        RedisClient redis = RedisClient.create("127.0.0.1", server.port());
        FakeKentik kentik =
            FakeKentik.builder()
                .rateLimit(limits)
                .rateWindows(windows)
                .holdEachRequest(Duration.ofMillis(200))
                .start()) {
      long started = System.nanoTime();
      List<Process> survivors = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        survivors.add(worker(kentik, server, "worker-" + i, calls, scenario, logs));
      }
      // The fourth would make many more calls: it is killed while it holds a permit.
      Process victim = worker(kentik, server, "worker-4", 1000, scenario, logs);

      // Once it has made a call (its classes loaded, so that it sends as soon as it holds a
      // permit),
      // it is killed while it holds the next one.
      awaitOutput(logs.resolve("worker-4.out"), "DONE 1", Duration.ofSeconds(90));
      String held = awaitPermitOf(redis, victim.pid(), Duration.ofSeconds(60));
      victim.destroyForcibly();
      assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Instant killedAt = Instant.now();
      String inFlightKey = inFlightKey(redis);
      // Killed holding it: nobody released the permit, only its lease can end it.
      assertThat(redis.zscore(inFlightKey, held)).as("the killed process's permit").isNotNull();

      for (Process p : survivors) {
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("a worker finished").isTrue();
        assertThat(p.exitValue()).isZero();
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      for (int i = 1; i <= 3; i++) {
        assertThat(Files.readString(logs.resolve("worker-" + i + ".out"), StandardCharsets.UTF_8))
            .contains("CALLS " + calls);
      }
      assertThat(redis.zscore(inFlightKey, held)).as("the lease of the killed permit").isNull();

      List<Journal.Entry> entries = kentik.journal().entries();
      Map<String, Integer> perWorker = new TreeMap<>();
      for (Journal.Entry e : entries) {
        String agent = String.valueOf(e.header("User-Agent"));
        perWorker.merge(agent.substring(agent.lastIndexOf(' ') + 1), 1, Integer::sum);
      }
      long limited = entries.stream().filter(e -> e.status() == 429).count();
      // The next call of the others (the killed process's last request may be journaled after the
      // kill, when the fake finished answering it).
      Instant firstAfterKill =
          entries.stream()
              .filter(e -> !String.valueOf(e.header("User-Agent")).endsWith("worker-4"))
              .map(Journal.Entry::time)
              .filter(t -> t.isAfter(killedAt))
              .min(Instant::compareTo)
              .orElseThrow();
      System.out.printf(
          "shared limiter across 4 processes: limits %d in flight, %d per %d s, %d per %d s;"
              + " calls per process %s (worker-4 killed holding a permit); the fake saw at most %d in flight, %d in a %d s window,"
              + " %d in a %d s window, %d answers 429; the others' first call after the kill %d ms"
              + " later"
              + " (lease %d ms); %d ms in all%n",
          limits.maxInFlight(),
          limits.perMinute(),
          windows.minute().toSeconds(),
          limits.perHour(),
          windows.hour().toSeconds(),
          perWorker,
          kentik.observedMaxConcurrency(),
          kentik.observedMaxPerMinute(),
          windows.minute().toSeconds(),
          kentik.observedMaxPerHour(),
          windows.hour().toSeconds(),
          limited,
          Duration.between(killedAt, firstAfterKill).toMillis(),
          LEASE.toMillis(),
          millis);

      assertThat(limited).as("answers 429").isZero();
      assertThat(kentik.observedMaxConcurrency()).isLessThanOrEqualTo(limits.maxInFlight());
      assertThat(kentik.observedMaxPerMinute()).isLessThanOrEqualTo(limits.perMinute());
      assertThat(kentik.observedMaxPerHour()).isLessThanOrEqualTo(limits.perHour());
      assertThat(perWorker)
          .containsEntry("worker-1", calls)
          .containsEntry("worker-2", calls)
          .containsEntry("worker-3", calls)
          .containsKey("worker-4");
      // More calls than the window allows: the run had to wait for calls to leave it.
      assertThat(entries.size()).isGreaterThan(scenario.callsExceed());
    }
  }

  /** Starts a worker JVM with the tests' class path. */
  private static Process worker(
      FakeKentik kentik, LocalRedis server, String name, int calls, Scenario scenario, Path logs)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        List.of(
            java,
            "-cp",
            classPath,
            "-XX:TieredStopAtLevel=1",
            KentikWorker.class.getName(),
            kentik.apiUrl(),
            server.url(),
            name,
            Integer.toString(calls),
            Integer.toString(scenario.limits().maxInFlight()),
            Integer.toString(scenario.limits().perMinute()),
            Integer.toString(scenario.limits().perHour()),
            Long.toString(scenario.windows().minute().toMillis()),
            Long.toString(scenario.windows().hour().toMillis()),
            Long.toString(LEASE.toMillis()));
    File out = logs.resolve(name + ".out").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
  }

  /** The sorted set of the account's calls in flight (the only one in this Redis). */
  private static String inFlightKey(RedisClient redis) {
    List<String> keys = new ArrayList<>(redis.keys("netobs:limit:*:in-flight"));
    assertThat(keys).hasSize(1);
    return keys.get(0);
  }

  /** Waits until {@code file} holds {@code text}. */
  private static void awaitOutput(Path file, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError(file + " never said " + text);
  }

  /** Waits until a permit of process {@code pid} is in flight, and returns its id. */
  private static String awaitPermitOf(RedisClient redis, long pid, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String prefix = pid + "-";
    while (System.nanoTime() < deadline) {
      for (String key : redis.keys("netobs:limit:*:in-flight")) {
        for (String member : redis.zrange(key, 0, -1)) {
          if (member.startsWith(prefix)) {
            return member;
          }
        }
      }
      Thread.sleep(2);
    }
    throw new AssertionError("process " + pid + " never held a permit");
  }
}
