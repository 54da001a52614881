package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.DetectionQuery;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.extrahop.request.TagUpdate;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryBudget;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.internal.Json;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.FaultColumn;
import io.netobs.http.testing.FaultMatrix;
import io.netobs.http.testing.FaultMatrix.Mode;
import io.netobs.http.testing.SecretScan;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Journal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of the ExtraHop client: every kind of fault a flaky proxy or appliance produces
 * ({@link FaultColumn}), against every kind of call (GET, PATCH, DELETE, create by POST,
 * assignment, the record cursor behind the auto-pager, the offset pages of a detection search, a
 * packet download to a file, an EQL search), once as a transient fault (the first attempt only) and
 * once as a persistent one (every attempt). Each cell checks the outcome (success, or the exception
 * type and its message), the number of attempts the fake's journal saw, and the invariants: a
 * create is never applied twice, a change is applied exactly when the API saw it, the pager never
 * skips or repeats a record, a retried download writes the body once (the file equals an
 * undisturbed download) and a failed one leaves no file.
 *
 * <p>The whole table is written to {@code target/reliability/extrahop-fault-matrix.txt}; one
 * summary line goes to the console.
 */
class ReliabilityFaultMatrixTest {
  /** The kinds of call, with the request the fault is aimed at. */
  enum Call {
    GET("GET", "/api/v1/tags/{id}", true, true),
    PATCH("PATCH", "/api/v1/tags/{id}", true, true),
    DELETE("DELETE", "/api/v1/tags/{id}", true, true),
    CREATE("POST", "/api/v1/tags", false, false),
    ASSIGNMENT("POST", "/api/v1/tags/{id}/devices", true, true),
    RECORD_CURSOR("GET", "/api/v1/records/cursor/{cursor}", false, true),
    DETECTION_PAGES("POST", "/api/v1/detections/search", true, true),
    PACKET_DOWNLOAD("POST", "/api/v1/packets/search", true, true),
    EQL_SEARCH("POST", "/api/v1/search/eql/detectionlogs", true, true);

    /** Whether the call only reads, so that "applied" means nothing for it. */
    boolean reads() {
      return this == GET
          || this == DETECTION_PAGES
          || this == PACKET_DOWNLOAD
          || this == EQL_SEARCH;
    }

    final String method;
    final String path;

    /** Whether the SDK may send it again after it may have reached the server. */
    final boolean idempotent;

    /** Whether the SDK reads the answer's body (a create reads only its Location header). */
    final boolean readsBody;

    Call(String method, String path, boolean idempotent, boolean readsBody) {
      this.method = method;
      this.path = path;
      this.idempotent = idempotent;
      this.readsBody = readsBody;
    }
  }

  /** What a cell must show. {@code error} null means success. */
  record Expect(
      Class<? extends Throwable> error,
      int attempts,
      boolean applied,
      String messagePart,
      String note) {}

  /** What a cell showed. */
  record Seen(Throwable error, int attempts, boolean applied, Duration elapsed, String detail) {}

  private static final int RECORDS_PAGE = 25;
  private static final int DETECTIONS_PAGE = 20;
  private static final SecretScan SCAN = new SecretScan();
  private static final List<String> ROWS = new ArrayList<>();
  private static FakeExtraHop fake;
  private static ExtraHopClient client;
  private static ExtraHopClient impatient;
  private static ExtraHopClient quickToTimeOut;
  private static long tagId;
  private static long[] deviceIds;
  private static List<String> allRecordIds;
  private static List<Long> allDetectionIds;

  @BeforeAll
  static void start() {
    CapturedLogs.clear();
    fake = FakeExtraHop.builder().records(300).start();
    SCAN.secret(fake.apiKey());
    RetryPolicy retries = FaultMatrix.retries();
    client =
        ExtraHopClient.builder()
            .baseUrl(fake.apiUrl())
            .apiKey(fake.apiKey())
            .readTimeout(Duration.ofSeconds(10))
            .retryPolicy(retries)
            // Every cell checks the attempts of one call; the persistent cells alone would drain a
            // retry budget shared by the whole matrix.
            .retryBudget(RetryBudget.unlimited())
            .build();
    // A server asking to wait longer than the client accepts gets a typed exception instead of a
    // hung thread.
    impatient =
        client.withOptions(
            o -> o.retryPolicy(retries.toBuilder().maxRetryAfter(Duration.ofMillis(500)).build()));
    // Only the delay cells use a short read timeout, so that a slow moment of a busy machine cannot
    // pass for a fault.
    quickToTimeOut = client.withOptions(o -> o.readTimeout(FaultColumn.READ_TIMEOUT));
    SCAN.object(client).object(impatient).object(quickToTimeOut).object(client.options());
    allRecordIds = records(client).stream().map(StoredRecord::id).toList();
    assertThat(allRecordIds).hasSizeGreaterThan(3 * RECORDS_PAGE).doesNotHaveDuplicates();
    allDetectionIds = client.detections().searchIds(detectionQuery()).stream().toList();
    assertThat(allDetectionIds).hasSizeGreaterThan(2 * DETECTIONS_PAGE).doesNotHaveDuplicates();
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      FaultMatrix.report(
          "ExtraHop",
          Call.values().length,
          SCAN,
          String.format(
              Locale.ROOT,
              "%-10s %-13s %-29s %-8s %-10s %s",
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
   * The rules the SDK promises, cell by cell. Transient: only the first attempt is faulted;
   * persistent: every attempt is.
   */
  static Expect expected(Mode mode, Call call, FaultColumn fault) {
    boolean once = mode == Mode.TRANSIENT;
    int retried = once ? 2 : 3;
    boolean reaches = fault.reachesApi();
    switch (fault) {
      case DELAY_PAST_READ_TIMEOUT:
        // The API handled it, the answer came too late: only what is safe to repeat is sent again.
        if (call.idempotent) {
          return once
              ? new Expect(null, 2, true, null, "retried after the read timeout")
              : new Expect(
                  ApiTimeoutException.class, 3, true, "timed out", "every attempt timed out");
        }
        return new Expect(
            ApiTimeoutException.class, 1, true, "timed out", "applied, answer lost: not repeated");
      case TOO_MANY_REQUESTS_RETRY_AFTER:
        // Refused unprocessed: always safe to repeat, after the wait the server asked for.
        return once
            ? new Expect(null, 2, true, null, "waited Retry-After: 1 s")
            : new Expect(
                RateLimitedException.class,
                1,
                false,
                "429",
                "Retry-After 1 s beyond maxRetryAfter 500 ms");
      case TOO_MANY_REQUESTS:
        return once
            ? new Expect(null, 2, true, null, "retried after backoff")
            : new Expect(RateLimitedException.class, 3, false, "429", "retries used up");
      case STATUS_500:
      case STATUS_502:
      case STATUS_503:
      case STATUS_504:
      case HTML_ERROR_502:
        if (call.idempotent) {
          return once
              ? new Expect(null, 2, true, null, "retried")
              : new Expect(
                  ServerErrorException.class,
                  3,
                  false,
                  String.valueOf(fault.status()),
                  "retries used up");
        }
        return new Expect(
            ServerErrorException.class,
            1,
            false,
            String.valueOf(fault.status()),
            "not repeated: may have been applied");
      case DISCONNECT_BEFORE_RESPONSE:
        if (call.idempotent) {
          return once
              ? new Expect(null, 2, true, null, "retried")
              : new Expect(TransportException.class, 3, false, "requestSent", "retries used up");
        }
        return new Expect(
            TransportException.class, 1, false, "requestSent", "sent, no answer: not repeated");
      case DISCONNECT_DURING_BODY:
        if (!call.readsBody) {
          return new Expect(
              null, 1, true, null, "the Location header arrived; the body is not needed");
        }
        if (call == Call.DELETE && !once) {
          return new Expect(
              null, 2, true, null, "deleted by the first attempt; the retry's 404 means done");
        }
        if (call.idempotent) {
          return once
              ? new Expect(null, 2, true, null, "answer broke off, retried")
              : new Expect(
                  TransportException.class, 3, true, "requestSent", "answer broke off every time");
        }
        return new Expect(
            TransportException.class,
            1,
            true,
            "requestSent",
            "applied, answer broke off: not repeated");
      case TRUNCATED_JSON:
        return switch (call) {
          case PACKET_DOWNLOAD ->
              new Expect(
                  null,
                  1,
                  false,
                  null,
                  "LIMIT: a complete 200 of half the bytes passes for a (short) download");
          case GET, DETECTION_PAGES, EQL_SEARCH ->
              once
                  ? new Expect(null, 2, true, null, "half a JSON body: cut short, retried")
                  : new Expect(
                      DecodingException.class,
                      3,
                      true,
                      "could not be decoded",
                      "half a JSON body every time");
          case RECORD_CURSOR ->
              new Expect(
                  DecodingException.class,
                  1,
                  true,
                  "could not be decoded",
                  "cursor served, answer cut short: not asked again");
          case CREATE ->
              new Expect(
                  DecodingException.class,
                  1,
                  true,
                  "Location",
                  "created once; the answer has no id");
          default -> new Expect(null, 1, true, null, "applied; the body is not needed");
        };
      case EMPTY_200:
        return switch (call) {
          case PACKET_DOWNLOAD ->
              new Expect(
                  null,
                  1,
                  false,
                  null,
                  "LIMIT: a proxy's empty 200 passes for an empty download (the API never saw it)");
          case GET, DETECTION_PAGES, EQL_SEARCH ->
              once
                  ? new Expect(null, 2, false, null, "no body: retried")
                  : new Expect(
                      DecodingException.class,
                      3,
                      false,
                      "could not be decoded",
                      "no body every time");
          case RECORD_CURSOR ->
              new Expect(
                  DecodingException.class,
                  1,
                  false,
                  "could not be decoded",
                  "no body: not asked again by the SDK");
          case CREATE ->
              new Expect(
                  DecodingException.class,
                  1,
                  false,
                  "Location",
                  "not created; no id in the answer");
          default ->
              new Expect(
                  null,
                  1,
                  false,
                  null,
                  "LIMIT: a proxy's empty 200 passes for success (the API never saw it)");
        };
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cells")
  void cell(Mode mode, Call call, FaultColumn fault) {
    fake.reset();
    fake.faults().clear();
    fake.journal().clear();
    Expect expect = expected(mode, call, fault);
    ExtraHopClient c =
        fault == FaultColumn.DELAY_PAST_READ_TIMEOUT
            ? quickToTimeOut
            : mode == Mode.PERSISTENT && fault == FaultColumn.TOO_MANY_REQUESTS_RETRY_AFTER
                ? impatient
                : client;
    Seen seen = run(c, mode, call, fault);
    if (seen.error() != null) {
      SCAN.exception(seen.error());
    }
    String outcome =
        seen.error() == null
            ? "ok"
            : seen.error().getClass().getSimpleName() + ": " + seen.error().getMessage();
    ROWS.add(
        String.format(
            Locale.ROOT,
            "%-10s %-13s %-29s %-8d %-10s %s%s [%s]",
            mode,
            call,
            fault,
            seen.attempts(),
            call.reads() ? "-" : seen.applied() ? "applied" : "unchanged",
            outcome,
            seen.detail().isEmpty() ? "" : " (" + seen.detail() + ")",
            expect.note()));

    if (expect.error() == null) {
      assertThat(seen.error()).as("%s %s %s should succeed", mode, call, fault).isNull();
    } else {
      assertThat(seen.error()).as("%s %s %s", mode, call, fault).isInstanceOf(expect.error());
      if ("requestSent".equals(expect.messagePart())) {
        assertThat(((TransportException) seen.error()).requestSent()).as("requestSent").isTrue();
      } else {
        assertThat(seen.error().getMessage()).contains(expect.messagePart());
      }
      assertThat(seen.error().getMessage())
          .as("the message names the call")
          .contains(call.method + " /api/v1/");
      if (fault == FaultColumn.TOO_MANY_REQUESTS_RETRY_AFTER) {
        assertThat(((RateLimitedException) seen.error()).retryAfter())
            .contains(Duration.ofSeconds(1));
      }
    }
    assertThat(seen.attempts())
        .as("%s %s %s: attempts the journal saw", mode, call, fault)
        .isEqualTo(expect.attempts());
    if (!call.reads()) {
      assertThat(seen.applied())
          .as("%s %s %s: applied", mode, call, fault)
          .isEqualTo(expect.applied());
    }
    FaultMatrix.checkStatusAndRetryAfter(mode, fault, seen.error(), seen.elapsed());
  }

  private static Seen run(ExtraHopClient c, Mode mode, Call call, FaultColumn fault) {
    JsonNode tag = fake.api().store("tags").get(0);
    tagId = tag.get("id").asLong();
    String tagName = tag.get("name").asText();
    Set<Long> alreadyAssigned = fake.api().assignments("tags", tagId, "devices");
    deviceIds =
        fake.api().store("devices").stream()
            .mapToLong(d -> d.get("id").asLong())
            .filter(id -> !alreadyAssigned.contains(id))
            .limit(3)
            .toArray();
    assertThat(deviceIds).hasSize(3);
    if (call == Call.RECORD_CURSOR) {
      return runCursor(c, mode, fault);
    }
    if (call == Call.DETECTION_PAGES) {
      return runDetectionPages(c, mode, fault);
    }
    if (call == Call.PACKET_DOWNLOAD) {
      return runDownload(c, mode, fault);
    }
    FaultMatrix.arm(fake.faults(), call.method, call.path, mode, fault);

    String newName = "renamed-" + System.nanoTime();
    String createdName = "created-" + System.nanoTime();
    Throwable error = null;
    long started = System.nanoTime();
    try {
      switch (call) {
        case GET -> SCAN.object(c.tags().get(tagId));
        case PATCH -> c.tags().update(tagId, TagUpdate.builder().name(newName).build());
        case DELETE -> c.tags().delete(tagId);
        case CREATE -> SCAN.object(c.tags().create(TagCreate.builder().name(createdName).build()));
        case ASSIGNMENT -> SCAN.object(c.tags().devices(tagId).assign(deviceIds));
        case EQL_SEARCH ->
            SCAN.object(
                c.eql()
                    .detectionLogsPage(EqlQuery.builder().eql("riskScore >= 0").build())
                    .results());
        default -> throw new AssertionError(call);
      }
    } catch (RuntimeException e) {
      error = e;
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    fake.faults().clear();
    int attempts = fake.journal().entries(call.method, call.path).size();

    boolean applied;
    String detail = "";
    switch (call) {
      case GET, EQL_SEARCH -> applied = false;
      case PATCH -> {
        String now =
            fake.api().find("tags", String.valueOf(tagId)).orElseThrow().get("name").asText();
        applied = now.equals(newName);
        if (!applied) {
          assertThat(now).isEqualTo(tagName);
        }
      }
      case DELETE -> applied = fake.api().find("tags", String.valueOf(tagId)).isEmpty();
      case CREATE -> {
        long copies =
            fake.api().store("tags").stream()
                .filter(t -> t.path("name").asText().equals(createdName))
                .count();
        assertThat(copies).as("a create is never applied twice").isLessThanOrEqualTo(1);
        applied = copies == 1;
        detail = copies + " created";
      }
      case ASSIGNMENT -> {
        Set<Long> assigned = fake.api().assignments("tags", tagId, "devices");
        long count = Arrays.stream(deviceIds).filter(assigned::contains).count();
        assertThat(count).as("all or none of the ids").isIn(0L, (long) deviceIds.length);
        applied = count == deviceIds.length;
      }
      default -> throw new AssertionError(call);
    }
    return new Seen(error, attempts, applied, elapsed, detail);
  }

  /**
   * The auto-pager over a record search whose first cursor page is faulted. When a page fails, the
   * exception comes out of {@code hasNext()}, and calling it again tries the same page: whatever
   * happens, the records seen are a prefix of the full result, with no record skipped or repeated.
   */
  private static Seen runCursor(ExtraHopClient c, Mode mode, FaultColumn fault) {
    FaultMatrix.arm(fake.faults(), "GET", Call.RECORD_CURSOR.path, mode, fault);
    List<String> seen = new ArrayList<>();
    Throwable first = null;
    Throwable second = null;
    int attempts = -1;
    long started = System.nanoTime();
    Iterator<StoredRecord> records = c.records().search(query()).iterator();
    while (true) {
      boolean more;
      try {
        more = records.hasNext();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
          attempts = firstCursorAttempts();
          continue; // the pager's own retry: the same page again
        }
        second = e;
        break;
      }
      if (!more) {
        break;
      }
      seen.add(records.next().id());
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    fake.faults().clear();
    if (attempts < 0) {
      attempts = firstCursorAttempts();
    }
    assertThat(seen).as("no record repeated").doesNotHaveDuplicates();
    assertThat(allRecordIds.subList(0, seen.size()))
        .as("no record skipped: what was seen is a prefix")
        .isEqualTo(seen);
    boolean complete = seen.size() == allRecordIds.size();
    if (first == null) {
      assertThat(complete).as("complete without an error").isTrue();
    }
    if (second == null && first != null) {
      assertThat(complete).as("resumed to the end").isTrue();
    }
    if (second != null) {
      SCAN.exception(second);
    }
    String detail =
        seen.size()
            + "/"
            + allRecordIds.size()
            + " records"
            + (first == null
                ? ""
                : second == null
                    ? ", resumed by hasNext() to the end"
                    : ", hasNext() again: "
                        + second.getClass().getSimpleName()
                        + (second instanceof NotFoundException ? " (cursor spent)" : ""));
    if (first != null && mode == Mode.TRANSIENT) {
      // After a lost answer the cursor is spent (the fake retires it, as a scroll context would
      // move on):
      // trying again must fail loudly, never hand out a later page in its place.
      boolean answerLost = fault.reachesApi();
      if (answerLost) {
        assertThat(second)
            .as("a spent cursor is not silently replaced")
            .isInstanceOf(NotFoundException.class);
      } else {
        assertThat(second).as("the page was never served: hasNext() again resumes").isNull();
      }
    }
    // "applied" for a cursor: the faulted page was served (its cursor spent) by the API.
    return new Seen(first, attempts, fault.reachesApi() || (first == null), elapsed, detail);
  }

  /**
   * The detection search pager with its second page faulted (armed once the first page is read):
   * the failure comes out of {@code hasNext()} exactly where the second page begins, nothing of the
   * first page is lost, and calling {@code hasNext()} again, once the faults are gone, asks for the
   * same offset and goes on to the end without a detection skipped or repeated.
   */
  private static Seen runDetectionPages(ExtraHopClient c, Mode mode, FaultColumn fault) {
    List<Long> seen = new ArrayList<>();
    Throwable error = null;
    long started = System.nanoTime();
    // One page at a time: the faults are armed after the first page, before the second is asked
    // for.
    Iterator<Long> ids = c.detections().searchIds(detectionQuery()).pagesInFlight(1).iterator();
    for (int i = 0; i < DETECTIONS_PAGE; i++) {
      seen.add(ids.next());
    }
    int firstPageRequests = fake.journal().entries("POST", Call.DETECTION_PAGES.path).size();
    assertThat(firstPageRequests).as("the first page, unfaulted").isEqualTo(1);
    FaultMatrix.arm(fake.faults(), "POST", Call.DETECTION_PAGES.path, mode, fault);
    try {
      while (ids.hasNext()) {
        seen.add(ids.next());
      }
    } catch (RuntimeException e) {
      error = e;
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    fake.faults().clear();
    List<Journal.Entry> requests = fake.journal().entries("POST", Call.DETECTION_PAGES.path);
    int attempts = 0;
    for (Journal.Entry e : requests.subList(firstPageRequests, requests.size())) {
      if (offsetOf(e) == DETECTIONS_PAGE) {
        attempts++;
      }
    }
    String detail;
    if (error != null) {
      assertThat(seen)
          .as("the failure surfaces where the second page begins")
          .hasSize(DETECTIONS_PAGE);
      while (ids.hasNext()) {
        seen.add(ids.next());
      }
      detail = "hasNext() again resumed at offset " + DETECTIONS_PAGE;
    } else {
      detail = "";
    }
    assertThat(seen).as("no detection repeated or skipped").isEqualTo(allDetectionIds);
    detail =
        seen.size()
            + "/"
            + allDetectionIds.size()
            + " detections"
            + (detail.isEmpty() ? "" : ", " + detail);
    return new Seen(error, attempts, false, elapsed, detail);
  }

  /** The {@code offset} of a detection search request, from its JSON body. */
  private static long offsetOf(Journal.Entry entry) {
    try {
      return Json.mapper().readTree(entry.body()).path("offset").asLong(-1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DetectionQuery detectionQuery() {
    return DetectionQuery.builder().sortAscending("id").pageSize(DETECTIONS_PAGE).build();
  }

  /**
   * A packet search downloaded to a file, faulted: when it succeeds the file holds exactly the
   * bytes of an undisturbed download (a retry starts the file afresh, never appends), when it fails
   * no file is left, not even a temporary part.
   */
  private static Seen runDownload(ExtraHopClient c, Mode mode, FaultColumn fault) {
    PacketSearch search =
        PacketSearch.builder().from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS)).build();
    ByteArrayOutputStream reference = new ByteArrayOutputStream();
    assertThat(client.packets().search(search, reference).matched()).isTrue();
    fake.journal().clear();
    Path directory;
    try {
      directory = Files.createTempDirectory("fault-matrix-download");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path target = directory.resolve("packets.pcap");
    FaultMatrix.arm(fake.faults(), "POST", Call.PACKET_DOWNLOAD.path, mode, fault);
    Throwable error = null;
    long started = System.nanoTime();
    try {
      SCAN.object(c.packets().search(search, target));
    } catch (RuntimeException e) {
      error = e;
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    fake.faults().clear();
    int attempts = fake.journal().entries("POST", Call.PACKET_DOWNLOAD.path).size();
    String detail;
    try (Stream<Path> left = Files.list(directory)) {
      List<Path> files = left.toList();
      if (error != null) {
        assertThat(files).as("a failed download leaves no file").isEmpty();
        detail = "no file left";
      } else if (fault == FaultColumn.TRUNCATED_JSON || fault == FaultColumn.EMPTY_200) {
        assertThat(files).containsExactly(target);
        detail = Files.size(target) + " of " + reference.size() + " bytes";
      } else {
        assertThat(files).containsExactly(target);
        assertThat(Files.readAllBytes(target))
            .as("the file holds the body once, as an undisturbed download")
            .isEqualTo(reference.toByteArray());
        detail = Files.size(target) + " bytes, as undisturbed";
      }
      for (Path file : files) {
        Files.delete(file);
      }
      Files.delete(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Seen(error, attempts, false, elapsed, detail);
  }

  /** The requests for the first cursor page (by the SDK, before any retry by the caller). */
  private static int firstCursorAttempts() {
    List<Journal.Entry> cursorGets = fake.journal().entries("GET", Call.RECORD_CURSOR.path);
    if (cursorGets.isEmpty()) {
      fail("no cursor page was asked for");
    }
    String firstPath = cursorGets.get(0).path();
    int n = 0;
    for (Journal.Entry e : cursorGets) {
      if (e.path().equals(firstPath)) {
        n++;
      }
    }
    return n;
  }

  private static RecordQuery query() {
    return RecordQuery.builder()
        .from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS))
        .types("~http")
        .limit(RECORDS_PAGE)
        .build();
  }

  private static List<StoredRecord> records(ExtraHopClient c) {
    return c.records().search(query()).stream().toList();
  }

  /**
   * A delayed answer is recorded when the fake handles it; give the server thread a moment to
   * finish writing.
   */
}
