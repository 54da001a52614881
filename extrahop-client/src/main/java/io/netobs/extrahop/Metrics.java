package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.internal.FanOut;
import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.http.DecodingException;
import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.http.internal.Poller;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metric queries: {@code POST /metrics}, {@code /metrics/total} and {@code /metrics/totalbyobject}.
 *
 * <p>A sensor answers at once. A console (Command appliance) may answer {@code {"xid",
 * "num_results"}} instead: the results are then fetched one by one from {@code GET
 * /metrics/next/{xid}}, which answers {@code "again"} while a node is still working. This resource
 * does that for the caller: it polls as {@link PollOptions} says, merges the results into one
 * {@link MetricResponse}, and throws {@link WaitTimeoutException} when the wait runs out. The
 * caller never sees the xid.
 *
 * <p>{@link #forObjects} and {@link #totalsForObjects} take a query naming many objects (a device
 * list of thousands), send it as several requests of {@link #objectsPerRequest()} objects each,
 * {@link #requestsInFlight()} at a time, and answer one entry per object.
 *
 * <p>Immutable and thread-safe.
 */
public final class Metrics {
  /**
   * Objects per request of {@link #forObjects} and {@link #totalsForObjects} unless set: ExtraHop
   * documents no limit on {@code object_ids}, but an answer holds a row per object and interval for
   * each metric, and the appliance builds it whole before sending it. 500 objects keep a 30-minute
   * query at 30-second intervals of three metrics under 100,000 values per answer, and 10,000
   * devices take 20 requests.
   */
  public static final int DEFAULT_OBJECTS_PER_REQUEST = 500;

  /**
   * Requests of one {@link #forObjects} or {@link #totalsForObjects} call in flight at once unless
   * set (and never more than the client's rate limit allows, which holds every request as well):
   * enough to hide most of the wait for each answer without crowding the appliance's other users.
   */
  public static final int DEFAULT_REQUESTS_IN_FLIGHT = 4;

  private final HttpCore core;
  private final PollOptions polling;
  private final Poller.Timing timing;
  private final int objectsPerRequest;
  private final int requestsInFlight;

  Metrics(HttpCore core) {
    this(core, PollOptions.defaults(), Poller.Timing.SYSTEM);
  }

  Metrics(HttpCore core, PollOptions polling, Poller.Timing timing) {
    this(core, polling, timing, DEFAULT_OBJECTS_PER_REQUEST, defaultInFlight(core));
  }

  private Metrics(
      HttpCore core,
      PollOptions polling,
      Poller.Timing timing,
      int objectsPerRequest,
      int requestsInFlight) {
    this.core = Objects.requireNonNull(core, "core");
    this.polling = Objects.requireNonNull(polling, "polling");
    this.timing = Objects.requireNonNull(timing, "timing");
    this.objectsPerRequest = objectsPerRequest;
    this.requestsInFlight = requestsInFlight;
  }

  /** The default in flight, within the client's concurrency limit when it has one. */
  private static int defaultInFlight(HttpCore core) {
    int limit = core.options().rateLimit().maxConcurrent();
    return limit > 0 ? Math.min(limit, DEFAULT_REQUESTS_IN_FLIGHT) : DEFAULT_REQUESTS_IN_FLIGHT;
  }

  /** A variant of this resource that waits for a console's results as {@code polling} says. */
  public Metrics withPolling(PollOptions polling) {
    Checks.notNull(polling, "polling");
    return new Metrics(core, polling, timing, objectsPerRequest, requestsInFlight);
  }

  /**
   * A variant of this resource whose {@link #forObjects} and {@link #totalsForObjects} send at most
   * {@code objectsPerRequest} object ids in one request (default {@value
   * #DEFAULT_OBJECTS_PER_REQUEST}).
   *
   * @throws IllegalArgumentException when {@code objectsPerRequest} is less than 1
   */
  public Metrics withObjectsPerRequest(int objectsPerRequest) {
    if (objectsPerRequest < 1) {
      throw new IllegalArgumentException(
          "objectsPerRequest must be >= 1, was " + objectsPerRequest);
    }
    return new Metrics(core, polling, timing, objectsPerRequest, requestsInFlight);
  }

  /**
   * A variant of this resource whose {@link #forObjects} and {@link #totalsForObjects} keep at most
   * {@code requestsInFlight} requests in flight at once (default {@value
   * #DEFAULT_REQUESTS_IN_FLIGHT}, or the client's {@code maxConcurrent} when lower). The client's
   * rate limit still holds each request.
   *
   * @throws IllegalArgumentException when {@code requestsInFlight} is less than 1
   */
  public Metrics withRequestsInFlight(int requestsInFlight) {
    if (requestsInFlight < 1) {
      throw new IllegalArgumentException("requestsInFlight must be >= 1, was " + requestsInFlight);
    }
    return new Metrics(core, polling, timing, objectsPerRequest, requestsInFlight);
  }

  /** The most object ids one request of {@link #forObjects} carries. */
  public int objectsPerRequest() {
    return objectsPerRequest;
  }

  /** The most requests of one {@link #forObjects} call in flight at once. */
  public int requestsInFlight() {
    return requestsInFlight;
  }

  /**
   * The metric values per interval of each of the query's objects ({@code POST /metrics}), however
   * many it names: the query is sent as requests of at most {@link #objectsPerRequest()} of its
   * object ids (in their order), {@link #requestsInFlight()} at a time, each the query with only
   * those ids. Rows are grouped by their {@code oid}.
   *
   * @return each object's rows in the order the appliance sent them, one entry per id of the query
   *     in its order (an empty list for an object the appliance had nothing on), then any {@code
   *     oid} the appliance answered that the query did not name
   * @throws io.netobs.http.NetobsException the exception of the first request that failed, once the
   *     requests still in flight are cancelled and those not yet sent are dropped
   * @throws WaitTimeoutException when a console's results do not all arrive in time
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted (its
   *     interrupt flag is set again)
   */
  public Map<Long, List<MetricStat>> forObjects(MetricQuery query) {
    return fanOut("/metrics", query);
  }

  /**
   * The totals over the range of each of the query's objects ({@code POST /metrics/totalbyobject}),
   * however many it names, sent as {@link #forObjects} sends its requests.
   *
   * @return each object's rows (usually one), as {@link #forObjects} returns them
   * @throws io.netobs.http.NetobsException the exception of the first request that failed
   * @throws WaitTimeoutException when a console's results do not all arrive in time
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
   */
  public Map<Long, List<MetricStat>> totalsForObjects(MetricQuery query) {
    return fanOut("/metrics/totalbyobject", query);
  }

  /** How this resource waits for a console's results. */
  public PollOptions polling() {
    return polling;
  }

  /**
   * The metric values per interval ({@code POST /metrics}).
   *
   * @throws WaitTimeoutException when a console's results do not all arrive in time
   */
  public MetricResponse query(MetricQuery query) {
    return run("/metrics", query);
  }

  /**
   * The totals over the range ({@code POST /metrics/total}).
   *
   * @throws WaitTimeoutException when a console's results do not all arrive in time
   */
  public MetricResponse total(MetricQuery query) {
    return run("/metrics/total", query);
  }

  /**
   * The totals over the range, one per object ({@code POST /metrics/totalbyobject}).
   *
   * @throws WaitTimeoutException when a console's results do not all arrive in time
   */
  public MetricResponse totalByObject(MetricQuery query) {
    return run("/metrics/totalbyobject", query);
  }

  /**
   * One call of {@code GET /metrics/next/{xid}} (consoles only): the next result of a query whose
   * answer was an xid, or empty while the console answers {@code "again"}. {@link #query} and the
   * others call this themselves; it is here for callers that drive the polling on their own.
   */
  public Optional<MetricResponse> next(long xid) {
    // Not idempotent, unlike most GETs: each answer is the next result of a queue, so a repeat
    // after an
    // answer broke off could silently skip one. Retried only when nothing reached the server.
    ApiRequest request =
        ApiRequest.get("/metrics/next/{}", Checks.positiveId(xid, "xid")).idempotent(false).build();
    return core.execute(
        request,
        response -> {
          JsonNode tree = Json.mapper().readTree(response.body());
          if (tree != null && tree.isTextual() && tree.asText().strip().equalsIgnoreCase("again")) {
            return Optional.empty();
          }
          if (tree == null || !tree.isObject()) {
            throw undecodable(response, "expected a metric result or \"again\"", tree);
          }
          return Optional.of(Json.mapper().treeToValue(tree, MetricResponse.class));
        });
  }

  private Map<Long, List<MetricStat>> fanOut(String path, MetricQuery query) {
    Checks.notNull(query, "query");
    // An id named twice is asked for once.
    List<Long> ids = List.copyOf(new LinkedHashSet<>(query.objectIds()));
    List<MetricQuery> parts = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += objectsPerRequest) {
      List<Long> slice = ids.subList(from, Math.min(ids.size(), from + objectsPerRequest));
      parts.add(query.toBuilder().objectIds(slice).build());
    }
    List<MetricResponse> answers =
        FanOut.each(parts, requestsInFlight, "POST", path, part -> run(path, part));
    Map<Long, List<MetricStat>> byObject = new LinkedHashMap<>();
    for (Long id : ids) {
      byObject.put(id, new ArrayList<>());
    }
    for (MetricResponse answer : answers) {
      for (MetricStat stat : answer.stats()) {
        byObject.computeIfAbsent(stat.oid(), oid -> new ArrayList<>()).add(stat);
      }
    }
    byObject.replaceAll((oid, rows) -> List.copyOf(rows));
    return Collections.unmodifiableMap(byObject);
  }

  private MetricResponse run(String path, MetricQuery query) {
    Checks.notNull(query, "query");
    ApiRequest request = ApiRequest.post(path).json(query).idempotent(true).build();
    Answer answer = core.execute(request, Metrics::readAnswer);
    if (answer.response != null) {
      return answer.response;
    }
    return collect(answer.xid, answer.results);
  }

  /** A sensor's answer, or a console's xid. */
  private record Answer(MetricResponse response, long xid, int results) {}

  private static Answer readAnswer(ApiResponse response) throws IOException {
    JsonNode tree = Json.mapper().readTree(response.body());
    if (tree == null || !tree.isObject()) {
      throw undecodable(response, "expected a JSON object", tree);
    }
    if (tree.has("xid") && !tree.has("stats")) {
      JsonNode xid = tree.get("xid");
      JsonNode results = tree.get("num_results");
      if (!xid.canConvertToLong() && !(xid.isTextual() && xid.asText().matches("\\d+"))) {
        throw undecodable(response, "the console's xid is not a number", tree);
      }
      if (results == null
          || !(results.canConvertToInt() || results.isTextual())
          || results.asInt(-1) < 0) {
        throw undecodable(response, "the console's answer has an xid but no num_results", tree);
      }
      return new Answer(null, xid.asLong(), results.asInt());
    }
    return new Answer(Json.mapper().treeToValue(tree, MetricResponse.class), 0, 0);
  }

  private static DecodingException undecodable(ApiResponse response, String detail, JsonNode tree) {
    String text = tree == null ? "" : tree.toString();
    return new DecodingException(
        response.method(),
        response.path(),
        response.status(),
        detail,
        text.length() > 200 ? text.substring(0, 200) + "..." : text,
        null);
  }

  private MetricResponse collect(long xid, int results) {
    Poller poller = new Poller(polling, timing);
    List<MetricResponse> parts = new ArrayList<>(results);
    String path = "/metrics/next/" + xid;
    while (parts.size() < results) {
      poller.polled();
      Optional<MetricResponse> part = next(xid);
      if (part.isPresent()) {
        parts.add(part.get());
        poller.reset();
      } else {
        poller.pause(
            "GET",
            path,
            "result " + (parts.size() + 1) + " of " + results + " still \"again\"",
            null);
      }
    }
    return merge(parts);
  }

  /**
   * One answer from a console's parts: the stats of all, in the order they came; the earliest
   * {@code from}, latest {@code until} and {@code clock}; the node id when all parts share it.
   */
  static MetricResponse merge(List<MetricResponse> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Cycle cycle = null;
    Long nodeId = null;
    boolean sameNode = true;
    Instant clock = null;
    Instant from = null;
    Instant until = null;
    List<MetricStat> stats = new ArrayList<>();
    Map<String, Object> unknown = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      MetricResponse part = parts.get(i);
      if (cycle == null) {
        cycle = part.cycle();
      }
      if (i == 0) {
        nodeId = part.nodeId();
      } else if (!Objects.equals(nodeId, part.nodeId())) {
        sameNode = false;
      }
      clock = later(clock, part.clock());
      until = later(until, part.until());
      from =
          from == null
              ? part.from()
              : part.from() == null || from.isBefore(part.from()) ? from : part.from();
      stats.addAll(part.stats());
      part.unknownFields().forEach(unknown::putIfAbsent);
    }
    return new MetricResponse(cycle, sameNode ? nodeId : null, clock, from, until, stats, unknown);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  @Override
  public String toString() {
    return "Metrics[" + polling + "]";
  }
}
