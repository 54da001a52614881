package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.extrahop.request.TagUpdate;
import io.netobs.http.NetobsException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.LoadRun;
import io.netobs.http.testing.SecretScan;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Fault;
import io.netobs.testing.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 32 threads share one client and make 10,000 mixed calls (reads, pages, creates, updates, deletes,
 * assignments) against a fake ExtraHop that faults a few percent of all requests with every kind of
 * fault. Every call must end in a result or a typed {@link NetobsException}; the fake's journal
 * must agree with what the callers saw (each operation's successes are exactly the answers the SDK
 * could accept, each create is applied at most once and the fake holds exactly the creates that
 * reached it, every page walk is complete and in order or fails cleanly); no secret may appear in a
 * log line (TRACE included), exception or {@code toString()}; and after {@code close()} no
 * connection or thread of the client is left.
 *
 * <p>Longer runs: {@code -Dnetobs.load.calls=100000} (also {@code netobs.load.threads}, {@code
 * netobs.load.faultRate}, {@code netobs.load.seed}).
 */
class ReliabilityLoadTest {
  static final int CALLS = Integer.getInteger("netobs.load.calls", 10_000);
  static final int THREADS = Integer.getInteger("netobs.load.threads", 32);
  static final double FAULT_RATE =
      Double.parseDouble(System.getProperty("netobs.load.faultRate", "0.03"));
  static final long SEED = Long.getLong("netobs.load.seed", 7L);
  static final int DEVICES = 60;
  static final int PAGE = 25;
  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  /** The mix, by weight. */
  enum Op implements LoadRun.Weighted {
    GET_TAG(20, "GET", "/api/v1/tags/{id}"),
    LIST_DEVICES(10, "GET", "/api/v1/devices"),
    WALK_DEVICES(5, "GET", "/api/v1/devices"),
    CREATE(20, "POST", "/api/v1/tags"),
    UPDATE(20, "PATCH", "/api/v1/tags/{id}"),
    ASSIGN(15, "POST", "/api/v1/tags/{id}/devices"),
    DELETE(10, "DELETE", "/api/v1/tags/{id}");

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

  private static final Fault[] FAULTS = LoadRun.everyFault(READ_TIMEOUT.plusMillis(700));

  @Test
  void thirtyTwoThreadsShareOneClientThroughFaults() throws Exception {
    CapturedLogs.clear();
    Set<Thread> threadsBefore = Leftovers.threads();
    FakeExtraHop fake = FakeExtraHop.builder().devices(DEVICES).start();
    fake.journal().capacity(Math.max(Journal.DEFAULT_CAPACITY, CALLS * 4));
    SecretScan scan = new SecretScan().secret(fake.apiKey()).keepTexts(false);
    ExtraHopClient client =
        ExtraHopClient.builder()
            .baseUrl(fake.apiUrl())
            .apiKey(fake.apiKey())
            .readTimeout(READ_TIMEOUT)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(2)
                    .initialBackoff(Duration.ofMillis(2))
                    .maxBackoff(Duration.ofMillis(20))
                    .build())
            .build();
    scan.object(client);

    List<String> allDevices = new ArrayList<>();
    client
        .devices()
        .list(DeviceQuery.builder().pageSize(PAGE).build())
        .forEach(d -> allDevices.add(d.id() + ""));
    assertThat(allDevices).hasSize(DEVICES);
    long[] deviceIds =
        fake.api().store("devices").stream()
            .mapToLong(d -> d.get("id").asLong())
            .limit(5)
            .toArray();
    long seededTag = fake.api().store("tags").get(0).get("id").asLong();
    // Tags for the deletes, made before the faults start: creates are never deleted, so the fake's
    // count of them stays checkable.
    ConcurrentLinkedQueue<Long> victims = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < CALLS * Op.DELETE.weight * 12 / 1000 + 100; i++) {
      victims.add(client.tags().create(TagCreate.builder().name("victim-" + i).build()));
    }
    fake.journal().clear();
    fake.faults().randomly(FAULT_RATE, SEED, FAULTS);

    Map<String, Long> createdIds = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> badWalks = new ConcurrentLinkedQueue<>();
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
                    if ((op == Op.UPDATE || op == Op.ASSIGN) && mine.isEmpty()) {
                      op = Op.CREATE;
                    }
                    victim = op == Op.DELETE ? victims.poll() : null;
                    if (op == Op.DELETE && victim == null) {
                      op = Op.GET_TAG; // none left to delete
                    }
                    return op;
                  }

                  @Override
                  public void call(Op op, int n) {
                    switch (op) {
                      case GET_TAG -> scan.object(client.tags().get(seededTag));
                      case LIST_DEVICES ->
                          scan.object(client.devices().list().firstPage().items().size());
                      case WALK_DEVICES -> walk(client, allDevices, badWalks);
                      case CREATE -> {
                        String name = "load-" + thread + "-" + n;
                        long id = client.tags().create(TagCreate.builder().name(name).build());
                        createdIds.put(name, id);
                        mine.add(id);
                      }
                      case UPDATE ->
                          client
                              .tags()
                              .update(
                                  mine.get(random.nextInt(mine.size())),
                                  TagUpdate.builder().name("load-renamed-" + n).build());
                      case ASSIGN ->
                          scan.object(
                              client
                                  .tags()
                                  .devices(mine.get(random.nextInt(mine.size())))
                                  .assign(deviceIds));
                      case DELETE -> client.tags().delete(victim);
                      default -> throw new AssertionError(op);
                    }
                  }
                });
    Map<Op, AtomicLong> successes = result.successes();
    ConcurrentLinkedQueue<Throwable> untyped = result.untyped();
    Duration elapsed = result.elapsed();
    fake.faults().clear();

    // Every call ended in a result or a typed exception.
    assertThat(untyped).as("exceptions that are not NetobsException").isEmpty();
    long calls = result.calls();
    assertThat(calls).isEqualTo(CALLS);
    assertThat(badWalks).as("page walks that skipped or repeated a device").isEmpty();

    // The journal agrees with the callers: per operation, the successes are the answers the SDK can
    // accept.
    Journal journal = fake.journal();
    assertThat(journal.total()).isEqualTo(journal.size());
    Map<Op, Long> accepted = new EnumMap<>(Op.class);
    Map<Op, Long> delayedButGood = new EnumMap<>(Op.class);
    for (Op op : Op.values()) {
      if (op == Op.WALK_DEVICES) {
        continue;
      }
      List<Journal.Entry> entries =
          journal.entries(op.method, op.path).stream()
              .filter(e -> op != Op.LIST_DEVICES || "100".equals(firstQuery(e, "limit")))
              .filter(e -> op != Op.GET_TAG || e.path().endsWith("/" + seededTag))
              .toList();
      accepted.put(op, entries.stream().filter(e -> acceptedBySdk(op, e)).count());
      delayedButGood.put(op, entries.stream().filter(e -> delayedGoodAnswer(op, e)).count());
    }
    for (Map.Entry<Op, Long> e : accepted.entrySet()) {
      // A delayed answer is written after the read timeout as the fake counts it; when the
      // machine stalls the client's timer may start late and take it. Such an answer can add a
      // success, never remove one.
      assertThat(successes.get(e.getKey()).get())
          .as("%s: successes seen by callers vs answers the SDK could accept", e.getKey())
          .isBetween(e.getValue(), e.getValue() + delayedButGood.get(e.getKey()));
    }

    // Creates: each name applied at most once, the fake holds exactly the creates that reached it,
    // and
    // every create a caller saw succeed is there under its id.
    Map<String, Integer> applied =
        LoadRun.createsThatReachedTheApi(
            journal, Op.CREATE.path, body -> body.path("name").asText());
    assertThat(applied.values()).as("no create applied twice").allMatch(times -> times == 1);
    Map<String, Long> inFake = new HashMap<>();
    for (JsonNode tag : fake.api().store("tags")) {
      String name = tag.path("name").asText();
      if (name.startsWith("load-") && !name.startsWith("load-renamed-")) {
        inFake.put(name, tag.get("id").asLong());
      }
    }
    long renamed =
        fake.api().store("tags").stream()
            .filter(t -> t.path("name").asText().startsWith("load-renamed-"))
            .count();
    assertThat(inFake.size() + renamed)
        .as("tags in the fake = creates that reached it")
        .isEqualTo(applied.size());
    createdIds.forEach(
        (name, id) ->
            assertThat(fake.api().find("tags", String.valueOf(id)))
                .as("created %s", name)
                .isPresent());
    assertThat((long) createdIds.size()).isEqualTo(successes.get(Op.CREATE).get());

    // No secret anywhere.
    assertThat(scan.leaks()).as("secrets in logs, messages or toString()").isEmpty();

    // After close(): no connection, no thread of ours.
    assertThat(Leftovers.connections(client)).as("connections pooled while open").isPositive();
    client.close();
    assertThat(Leftovers.connections(client)).as("connections after close()").isZero();
    fake.close();
    assertThat(Leftovers.newThreads(threadsBefore, 5_000))
        .as("threads left after close()")
        .isEmpty();

    long faulted = journal.entries().stream().filter(Journal.Entry::faulted).count();
    System.out.printf(
        "ExtraHop load: %d calls from %d threads in %d ms (%d requests, %d faulted), %s; failures: %s; %d texts and log lines checked for secrets%n",
        calls,
        THREADS,
        elapsed.toMillis(),
        journal.total(),
        faulted,
        result.successSummary(),
        result.failureSummary(),
        scan.textsChecked());
  }

  /**
   * Walks every device 25 at a time. A page that fails comes out of {@code hasNext()}; asking again
   * retries that page, so the walk that completes has every device once, in order.
   */
  private static void walk(
      ExtraHopClient client, List<String> expected, ConcurrentLinkedQueue<String> bad) {
    Iterator<Device> it =
        client.devices().list(DeviceQuery.builder().pageSize(PAGE).build()).iterator();
    List<String> seen = new ArrayList<>();
    NetobsException last = null;
    for (int failures = 0; ; ) {
      boolean more;
      try {
        more = it.hasNext();
      } catch (NetobsException e) {
        last = e;
        if (++failures > 3) {
          break;
        }
        continue;
      }
      if (!more) {
        last = null;
        break;
      }
      seen.add(it.next().id() + "");
    }
    boolean prefix = seen.equals(expected.subList(0, Math.min(seen.size(), expected.size())));
    if (!prefix || (last == null && seen.size() != expected.size())) {
      bad.add(
          "walk saw "
              + seen.size()
              + " devices, "
              + (prefix ? "in order" : "out of order or repeated"));
    }
    if (last != null) {
      throw last;
    }
  }

  private static String firstQuery(Journal.Entry e, String name) {
    List<String> values = e.query().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Whether the SDK accepts this answer as a call's success: a clean 2xx; a body broken off after
   * the status, for a create (which reads only the Location header); a 2xx whose body is cut short
   * or empty, for the calls that do not read the body (PATCH, DELETE, assignment: a proxy's empty
   * 200 cannot be told from success); and, for a DELETE, a clean 404 (here only ever after an
   * attempt that deleted).
   */
  /** An answer the SDK would accept, held back past the read timeout by a delay fault. */
  private static boolean delayedGoodAnswer(Op op, Journal.Entry e) {
    return e.fault() != null
        && e.fault().kind() == Fault.Kind.DELAY
        && ((e.status() >= 200 && e.status() < 300) || (op == Op.DELETE && e.status() == 404));
  }

  private static boolean acceptedBySdk(Op op, Journal.Entry e) {
    boolean ignoresBody = op == Op.UPDATE || op == Op.DELETE || op == Op.ASSIGN;
    if (e.fault() == null) {
      return (e.status() >= 200 && e.status() < 300) || (op == Op.DELETE && e.status() == 404);
    }
    return switch (e.fault().kind()) {
      case DISCONNECT_DURING_BODY -> op == Op.CREATE && e.status() == 201;
      case TRUNCATED_JSON, EMPTY_OK -> ignoresBody;
      default -> false;
    };
  }
}
