package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
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
 * <p>Immutable and thread-safe.
 */
public final class Metrics {
  private final HttpCore core;
  private final PollOptions polling;
  private final Poller.Timing timing;

  Metrics(HttpCore core) {
    this(core, PollOptions.defaults(), Poller.Timing.SYSTEM);
  }

  Metrics(HttpCore core, PollOptions polling, Poller.Timing timing) {
    this.core = Objects.requireNonNull(core, "core");
    this.polling = Objects.requireNonNull(polling, "polling");
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  /** A variant of this resource that waits for a console's results as {@code polling} says. */
  public Metrics withPolling(PollOptions polling) {
    Checks.notNull(polling, "polling");
    return new Metrics(core, polling, timing);
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
