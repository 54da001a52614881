package io.netobs.kentik.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.DecodingException;
import io.netobs.http.RateLimit;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryBudget;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.FaultColumn;
import io.netobs.http.testing.FaultMatrix;
import io.netobs.http.testing.FaultMatrix.Mode;
import io.netobs.http.testing.SecretScan;
import io.netobs.kentik.BatchOperation;
import io.netobs.kentik.BatchPartFailedException;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.GceSettings;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.testing.FakeKentik;
import io.netobs.testing.Journal;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of the Kentik client: every {@link FaultColumn fault kind} against a PUT (tag
 * update), a Batch API part (the second of several), a Query API call (top-X data, a POST that
 * changes nothing and is retried as a read is; its "applied" means answered) and a v6 create (a
 * cloud export through the v6 gateway, never created twice), transient (first attempt only) and
 * persistent (every attempt). Each cell checks the outcome, the attempts the fake's journal saw,
 * and the invariants: a PUT is applied exactly when the API saw it; a batch never loses or repeats
 * a part: the server holds exactly the parts the client reports accepted (plus the failed one when
 * the outcome is reported unknown and it did land), no item is applied twice, and resuming from
 * what the exception reports completes the operation with every item exactly once.
 *
 * <p>The table goes to {@code target/reliability/kentik-fault-matrix.txt}; one summary line to the
 * console.
 */
class ReliabilityFaultMatrixTest {
  enum Call {
    PUT,
    BATCH_PART,
    QUERY,
    V6_CREATE
  }

  record Expect(
      Class<? extends Throwable> error,
      int attempts,
      boolean applied,
      boolean outcomeUnknown,
      String note) {}

  private static final int UPSERTS = 24;
  private static final int PART_LIMIT = 700;
  private static final SecretScan SCAN = new SecretScan();
  private static final List<String> ROWS = new ArrayList<>();
  private static FakeKentik fake;
  private static KentikClient client;
  private static KentikClient impatient;
  private static KentikClient quickToTimeOut;

  @BeforeAll
  static void start() {
    CapturedLogs.clear();
    fake = FakeKentik.builder().sampleData(true).start();
    SCAN.secret(fake.token(), fake.email());
    RetryPolicy retries = FaultMatrix.retries();
    client =
        KentikClient.builder()
            .baseUrl(fake.apiUrl())
            .email(fake.email())
            .apiToken(fake.token())
            .rateLimit(RateLimit.unlimited())
            .queryRateLimit(RateLimit.unlimited())
            .readTimeout(Duration.ofSeconds(10))
            .retryPolicy(retries)
            // Every cell checks the attempts of one call; the persistent cells alone would drain a
            // retry budget shared by the whole matrix.
            .retryBudget(RetryBudget.unlimited())
            .build();
    impatient =
        client.withOptions(
            o -> o.retryPolicy(retries.toBuilder().maxRetryAfter(Duration.ofMillis(500)).build()));
    // Only the delay cells use a short read timeout, so that a slow moment of a busy machine cannot
    // pass for a fault.
    quickToTimeOut = client.withOptions(o -> o.readTimeout(FaultColumn.READ_TIMEOUT));
    SCAN.object(client).object(impatient).object(quickToTimeOut).object(client.options());
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      FaultMatrix.report(
          "Kentik",
          Call.values().length,
          SCAN,
          String.format(
              Locale.ROOT,
              "%-10s %-10s %-29s %-8s %-10s %s",
              "mode",
              "call",
              "fault",
              "attempts",
              "state",
              "outcome"),
          ROWS);
    } finally {
      client.close();
      fake.close();
    }
  }

  static Stream<Arguments> cells() {
    return FaultMatrix.cells(Call.values());
  }

  /**
   * The promised behaviour. For a batch, "attempts" counts the requests for the faulted (second)
   * part.
   */
  static Expect expected(Mode mode, Call call, FaultColumn fault) {
    if (call == Call.QUERY) {
      // A query is retried exactly as the idempotent PUT is; it is "applied" when it was answered.
      Expect put = expected(mode, Call.PUT, fault);
      return new Expect(put.error(), put.attempts(), put.error() == null, false, put.note());
    }
    boolean once = mode == Mode.TRANSIENT;
    if (call == Call.V6_CREATE) {
      return expectedCreate(once, fault);
    }
    boolean put = call == Call.PUT;
    Class<? extends Throwable> failure = BatchPartFailedException.class;
    switch (fault) {
      case DELAY_PAST_READ_TIMEOUT:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "PUT is idempotent: retried")
              : new Expect(ApiTimeoutException.class, 3, true, false, "every attempt timed out");
        }
        return new Expect(
            failure,
            1,
            true,
            true,
            "the part landed, its answer was lost: not re-sent, outcome unknown");
      case TOO_MANY_REQUESTS_RETRY_AFTER:
        return once
            ? new Expect(null, 2, true, false, "waited Retry-After: 1 s")
            : new Expect(
                put ? RateLimitedException.class : failure,
                1,
                false,
                false,
                "Retry-After 1 s beyond maxRetryAfter 500 ms");
      case TOO_MANY_REQUESTS:
        return once
            ? new Expect(null, 2, true, false, "refused unprocessed: retried")
            : new Expect(
                put ? RateLimitedException.class : failure, 3, false, false, "retries used up");
      case STATUS_500:
      case STATUS_502:
      case STATUS_503:
      case STATUS_504:
      case HTML_ERROR_502:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "retried")
              : new Expect(ServerErrorException.class, 3, false, false, "retries used up");
        }
        return new Expect(
            failure, 1, false, false, "refused: not re-sent, the exception says what was accepted");
      case DISCONNECT_BEFORE_RESPONSE:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "retried")
              : new Expect(TransportException.class, 3, false, false, "retries used up");
        }
        return new Expect(failure, 1, false, true, "sent, no answer: not re-sent, outcome unknown");
      case DISCONNECT_DURING_BODY:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "answer broke off, retried")
              : new Expect(TransportException.class, 3, true, false, "answer broke off every time");
        }
        return new Expect(
            failure, 1, true, true, "the part landed, its answer broke off: outcome unknown");
      case TRUNCATED_JSON:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "half a JSON body: retried")
              : new Expect(DecodingException.class, 3, true, false, "half a JSON body every time");
        }
        return new Expect(
            failure, 1, true, true, "the part landed, its answer is unreadable: outcome unknown");
      case EMPTY_200:
        if (put) {
          return once
              ? new Expect(null, 2, true, false, "no body: retried")
              : new Expect(DecodingException.class, 3, false, false, "no body every time");
        }
        return new Expect(
            failure, 1, false, true, "no guid in the answer: not counted as accepted");
      default:
        throw new AssertionError(fault);
    }
  }

  /**
   * A v6 create (a POST that makes an export): sent again only when Kentik refused it unprocessed
   * (429); after any fault where it may have landed, never re-sent, so an export is never created
   * twice.
   */
  static Expect expectedCreate(boolean once, FaultColumn fault) {
    return switch (fault) {
      case DELAY_PAST_READ_TIMEOUT ->
          new Expect(ApiTimeoutException.class, 1, true, false, "landed, answer late: not re-sent");
      case TOO_MANY_REQUESTS_RETRY_AFTER ->
          once
              ? new Expect(null, 2, true, false, "refused unprocessed, waited Retry-After: 1 s")
              : new Expect(
                  RateLimitedException.class,
                  1,
                  false,
                  false,
                  "Retry-After 1 s beyond maxRetryAfter 500 ms");
      case TOO_MANY_REQUESTS ->
          once
              ? new Expect(null, 2, true, false, "refused unprocessed: retried")
              : new Expect(RateLimitedException.class, 3, false, false, "retries used up");
      case STATUS_500, STATUS_502, STATUS_503, STATUS_504, HTML_ERROR_502 ->
          new Expect(ServerErrorException.class, 1, false, false, "may have acted: not re-sent");
      case DISCONNECT_BEFORE_RESPONSE ->
          new Expect(TransportException.class, 1, false, false, "sent, no answer: not re-sent");
      case DISCONNECT_DURING_BODY ->
          new Expect(TransportException.class, 1, true, false, "landed, answer broke off");
      case TRUNCATED_JSON ->
          new Expect(DecodingException.class, 1, true, false, "landed, answer unreadable");
      case EMPTY_200 -> new Expect(DecodingException.class, 1, false, false, "no body");
    };
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cells")
  void cell(Mode mode, Call call, FaultColumn fault) {
    fake.reset();
    Expect expect = expected(mode, call, fault);
    KentikClient c =
        fault == FaultColumn.DELAY_PAST_READ_TIMEOUT
            ? quickToTimeOut
            : mode == Mode.PERSISTENT && fault == FaultColumn.TOO_MANY_REQUESTS_RETRY_AFTER
                ? impatient
                : client;
    long started = System.nanoTime();
    Result result =
        switch (call) {
          case PUT -> put(c, mode, fault);
          case BATCH_PART -> batch(c, mode, fault);
          case QUERY -> query(c, mode, fault);
          case V6_CREATE -> create(c, mode, fault);
        };
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    if (result.error != null) {
      SCAN.exception(result.error);
    }
    String outcome =
        result.error == null
            ? "ok"
            : result.error.getClass().getSimpleName() + ": " + result.error.getMessage();
    ROWS.add(
        String.format(
            Locale.ROOT,
            "%-10s %-10s %-29s %-8d %-10s %s%s [%s]",
            mode,
            call,
            fault,
            result.attempts,
            result.applied ? "applied" : "unchanged",
            outcome,
            result.detail.isEmpty() ? "" : " (" + result.detail + ")",
            expect.note()));

    if (expect.error() == null) {
      assertThat(result.error).as("%s %s %s should succeed", mode, call, fault).isNull();
    } else {
      assertThat(result.error).as("%s %s %s", mode, call, fault).isInstanceOf(expect.error());
      assertThat(result.error.getMessage())
          .as("the message names the call")
          .contains(
              switch (call) {
                case PUT -> "PUT /api/v5/tag/";
                case BATCH_PART -> "POST /batch/tags";
                case QUERY -> "POST /api/v5/query/topXdata";
                case V6_CREATE -> "POST /cloud_export/v202506/exports";
              });
      if (result.error instanceof BatchPartFailedException failed) {
        assertThat(failed.outcomeUnknown()).as("outcomeUnknown").isEqualTo(expect.outcomeUnknown());
        assertThat(failed.partsAccepted()).isEqualTo(1);
        assertThat(failed.failedPartIndex()).isEqualTo(1);
        assertThat(failed.guid()).isPresent();
        if (fault.status() != 0) {
          assertThat(failed.status()).isEqualTo(fault.status());
        }
      }
    }
    assertThat(result.attempts)
        .as("%s %s %s: attempts the journal saw", mode, call, fault)
        .isEqualTo(expect.attempts());
    assertThat(result.applied)
        .as("%s %s %s: applied", mode, call, fault)
        .isEqualTo(expect.applied());
    FaultMatrix.checkStatusAndRetryAfter(mode, fault, result.error, elapsed);
  }

  private record Result(Throwable error, int attempts, boolean applied, String detail) {}

  private static Result put(KentikClient c, Mode mode, FaultColumn fault) {
    JsonNode tag = fake.tags().get(0);
    long id = tag.get("id").asLong();
    String before = tag.get("flow_tag").asText();
    String renamed = "RENAMED_" + (System.nanoTime() % 100_000);
    FaultMatrix.arm(fake.faults(), "PUT", "/api/v5/tag/{id}", mode, fault);
    Throwable error = null;
    try {
      SCAN.object(c.flowTags().update(id, FlowTagUpdate.builder().flowTag(renamed).build()));
    } catch (RuntimeException e) {
      error = e;
    }
    fake.faults().clear();
    int attempts = fake.journal().entries("PUT", "/api/v5/tag/{id}").size();
    String now = null;
    for (JsonNode t : fake.tags()) {
      if (t.get("id").asLong() == id) {
        now = t.get("flow_tag").asText();
      }
    }
    boolean applied = renamed.equals(now);
    if (!applied) {
      assertThat(now).isEqualTo(before);
    }
    return new Result(error, attempts, applied, "");
  }

  /** Top-X data of the fake's flows: answered, or failed as the fault makes it. */
  private static Result query(KentikClient c, Mode mode, FaultColumn fault) {
    TopXQuery query =
        TopXQuery.builder()
            .metric("bytes")
            .dimensions("IP_src")
            .aggregate(
                TopXAggregate.builder()
                    .name("avg_bits_per_sec")
                    .column("f_sum_both_bytes")
                    .function(AggregateFunction.AVERAGE)
                    .raw(true)
                    .build())
            .lookback(Duration.ofHours(1))
            .allDevices()
            .build();
    FaultMatrix.arm(fake.faults(), "POST", "/api/v5/query/topXdata", mode, fault);
    Throwable error = null;
    TopXData data = null;
    try {
      data = c.queries().topXData(query);
      SCAN.object(data);
    } catch (RuntimeException e) {
      error = e;
    }
    fake.faults().clear();
    int attempts = fake.journal().entries("POST", "/api/v5/query/topXdata").size();
    if (data != null) {
      assertThat(data.rows()).as("rows computed from the fake's flows").isNotEmpty();
    }
    return new Result(
        error, attempts, data != null, data == null ? "" : data.rows().size() + " rows");
  }

  /**
   * A cloud export created through the v6 gateway: at most one export may exist afterwards, however
   * the fault hit.
   */
  private static Result create(KentikClient c, Mode mode, FaultColumn fault) {
    String path = "/cloud_export/v202506/exports";
    CloudExportCreate export =
        CloudExportCreate.builder()
            .name("fault-" + fault.name().toLowerCase(Locale.ROOT))
            .planId("11467")
            .cloudProvider(CloudProvider.GCE)
            .gce(GceSettings.builder().project("prod-123").build())
            .build();
    FaultMatrix.arm(fake.faults(), "POST", path, mode, fault);
    Throwable error = null;
    try {
      SCAN.object(c.cloudExports().create(export));
    } catch (RuntimeException e) {
      error = e;
    }
    fake.faults().clear();
    int attempts = fake.journal().entries("POST", path).size();
    int created = fake.cloudExports().size();
    assertThat(created).as("an export is never created twice").isLessThanOrEqualTo(1);
    long landed =
        fake.journal().entries("POST", path).stream().filter(e -> e.status() == 200).count();
    assertThat(landed).as("at most one create processed").isLessThanOrEqualTo(1);
    return new Result(error, attempts, created == 1, created + " export(s)");
  }

  private static List<BatchUpsert> upserts() {
    List<BatchUpsert> upserts = new ArrayList<>();
    for (int i = 0; i < UPSERTS; i++) {
      upserts.add(
          BatchUpsert.builder()
              .value(String.format(Locale.ROOT, "BT_%03d", i))
              .criteria(Criterion.builder().addr("10.9." + i + ".0/24").build())
              .build());
    }
    return upserts;
  }

  /**
   * A tag batch of several parts whose second part meets the fault. On failure, the test does what
   * the exception tells a caller to do: resume from what was accepted (after reading the status
   * when the outcome is unknown), and checks that every item ends up applied exactly once.
   */
  private static Result batch(KentikClient c, Mode mode, FaultColumn fault) {
    List<BatchUpsert> upserts = upserts();
    AtomicBoolean armed = new AtomicBoolean();
    Journal journal = fake.journal();
    Throwable error = null;
    BatchOperation op = null;
    try {
      op =
          c.batch()
              .tags()
              .upserts(upserts)
              .partSizeLimit(PART_LIMIT)
              .listener(
                  progress -> {
                    if (progress.partsSent() == 1 && armed.compareAndSet(false, true)) {
                      FaultMatrix.arm(fake.faults(), "POST", "/api/v5/batch/tags", mode, fault);
                    }
                  })
              .send();
      SCAN.object(op);
    } catch (RuntimeException e) {
      error = e;
    }
    fake.faults().clear();
    assertThat(armed).as("the operation has more than one part").isTrue();
    List<Journal.Entry> posts = journal.entries("POST", "/api/v5/batch/tags");
    int attempts =
        (int)
            posts.stream()
                .skip(1)
                .filter(e -> e.bodyText().equals(posts.get(1).bodyText()))
                .count();
    List<String> guids = fake.batchGuids();
    assertThat(guids).as("one operation").hasSize(1);
    String guid = guids.get(0);
    JsonNode status = fake.batchStatus(guid);
    int serverParts = status.get("number_of_parts").asInt();
    assertThat(status.path("upserts").path("unchanged").asLong())
        .as("no item applied twice")
        .isZero();

    String detail;
    boolean applied;
    if (error == null) {
      assertThat(serverParts).isEqualTo(op.partsSent());
      assertThat(status.get("is_complete").asBoolean()).isTrue();
      applied = true;
      detail = op.partsSent() + " parts";
    } else {
      assertThat(error).isInstanceOf(BatchPartFailedException.class);
      BatchPartFailedException failed = (BatchPartFailedException) error;
      applied = serverParts == failed.partsAccepted() + 1;
      if (!failed.outcomeUnknown()) {
        assertThat(serverParts)
            .as("the server holds exactly the parts reported accepted")
            .isEqualTo(failed.partsAccepted());
      } else {
        assertThat(serverParts)
            .as("at most the failed part more than reported")
            .isBetween(failed.partsAccepted(), failed.partsAccepted() + 1);
      }
      assertThat(status.get("is_complete").asBoolean())
          .as("never completed by a failed send")
          .isFalse();
      // Resume as a caller would: skip what was accepted, and the failed part too if the status
      // shows it landed.
      long skip = failed.criteriaAccepted() + (applied ? countCriteria(posts.get(1)) : 0);
      BatchOperation resumed =
          c.batch()
              .tags()
              .upserts(upserts.subList((int) skip, upserts.size()))
              .partSizeLimit(PART_LIMIT)
              .resume(failed.guid().orElseThrow())
              .send();
      SCAN.object(resumed);
      JsonNode done = fake.batchStatus(guid);
      assertThat(done.get("is_complete").asBoolean()).isTrue();
      assertThat(done.path("upserts").path("unchanged").asLong())
          .as("resumed without repeating an item")
          .isZero();
      detail = serverParts + " part(s) on the server when it failed; resumed from item " + skip;
    }
    Set<String> values = new HashSet<>();
    for (JsonNode t : fake.tags()) {
      if (t.get("flow_tag").asText().startsWith("BT_")) {
        assertThat(values.add(t.get("flow_tag").asText())).as("each item once").isTrue();
      }
    }
    assertThat(values).as("every item applied in the end, none lost").hasSize(UPSERTS);
    return new Result(error, attempts, applied, detail);
  }

  private static int countCriteria(Journal.Entry part) {
    int n = 0;
    for (JsonNode upsert : part.json().path("upserts")) {
      n += upsert.path("criteria").size();
    }
    return n;
  }
}
