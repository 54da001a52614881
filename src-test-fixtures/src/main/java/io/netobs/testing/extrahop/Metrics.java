package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metric queries ({@code POST /metrics}, {@code /metrics/total}, {@code /metrics/totalbyobject})
 * with deterministic values: the same query gives the same numbers. A sensor answers at once; in
 * console mode the answer is {@code {"xid", "num_results"}}, one result per node, each fetched with
 * {@code GET /metrics/next/{xid}}, which first answers the JSON string {@code "again"} as many
 * times as configured.
 */
final class Metrics {
  enum Kind {
    SERIES,
    TOTAL,
    BY_OBJECT
  }

  static final Map<String, Long> CYCLES =
      Map.of(
          "1sec",
          1_000L,
          "30sec",
          30_000L,
          "5min",
          300_000L,
          "1hr",
          3_600_000L,
          "24hr",
          86_400_000L);
  static final Set<String> OBJECT_TYPES =
      Set.of(
          "network",
          "device",
          "application",
          "vlan",
          "device_group",
          "activity_group",
          "system",
          "capture",
          "node");

  /** Keeps one answer to a size a test can hold; the live API has similar limits. */
  static final long MAX_POINTS = 100_000;

  private static final long DEFAULT_LOOKBACK = 1_800_000L;

  /**
   * The results of a console query still to be fetched. Mutable; guarded by the state's write lock.
   */
  static final class PendingQuery {
    final List<ObjectNode> results;
    int next;
    int againLeft;

    PendingQuery(List<ObjectNode> results, int again) {
      this.results = results;
      this.againLeft = again;
    }
  }

  private record Query(
      String category,
      String objectType,
      List<Long> objectIds,
      List<JsonNode> specs,
      String cycle,
      long cycleMillis,
      long from,
      long until) {}

  private Metrics() {}

  static Handler query(Kind kind) {
    return call -> {
      Query query = parse(call);
      if (!call.settings.consoleMode()) {
        return FakeResponse.json(200, answer(call, query, kind, 0));
      }
      List<ObjectNode> results = new ArrayList<>();
      for (ObjectNode node : call.state.store("nodes").all()) {
        results.add(answer(call, query, kind, node.path("id").longValue()));
      }
      if (results.isEmpty()) {
        results.add(answer(call, query, kind, 0));
      }
      long xid = Mix.below(1_000_000_000L, call.settings.seed(), ++call.state.lastXid) + 1;
      call.state.metricQueries.put(xid, new PendingQuery(results, call.settings.consolePolls()));
      ObjectNode answer = Json.object();
      answer.put("xid", xid);
      answer.put("num_results", results.size());
      return FakeResponse.json(200, answer);
    };
  }

  /** {@code GET /metrics/next/{xid}}: "again" while the node works, then the next result. */
  static Handler next() {
    return call -> {
      long xid;
      try {
        xid = Long.parseLong(call.parameter("xid"));
      } catch (NumberFormatException e) {
        throw ApiError.notFound("Unknown xid " + call.parameter("xid"));
      }
      PendingQuery pending = call.state.metricQueries.get(xid);
      if (pending == null) {
        throw ApiError.notFound("Unknown or finished xid " + xid);
      }
      if (pending.againLeft > 0) {
        pending.againLeft--;
        return FakeResponse.json(200, TextNode.valueOf("again"));
      }
      ObjectNode result = pending.results.get(pending.next++);
      pending.againLeft = call.settings.consolePolls();
      if (pending.next == pending.results.size()) {
        call.state.metricQueries.remove(xid);
      }
      return FakeResponse.json(200, result);
    };
  }

  private static Query parse(Call call) {
    ObjectNode body = call.bodyObject();
    String category = requiredText(body, "metric_category");
    String objectType = requiredText(body, "object_type");
    if (!OBJECT_TYPES.contains(objectType)) {
      throw ApiError.badRequest(
          "object_type must be one of " + OBJECT_TYPES + ", was '" + objectType + "'");
    }
    JsonNode ids = body.path("object_ids");
    if (!ids.isArray()) {
      throw ApiError.badRequest("Field object_ids is required and must be an array of ids");
    }
    List<Long> objectIds = new ArrayList<>();
    for (JsonNode id : ids) {
      if (!id.isIntegralNumber()) {
        throw ApiError.badRequest("object_ids must hold integer ids, found " + id);
      }
      objectIds.add(id.longValue());
    }
    JsonNode specs = body.path("metric_specs");
    if (!specs.isArray() || specs.isEmpty()) {
      throw ApiError.badRequest("Field metric_specs is required and must be a non-empty array");
    }
    List<JsonNode> metricSpecs = new ArrayList<>();
    for (JsonNode spec : specs) {
      if (!spec.path("name").isTextual()) {
        throw ApiError.badRequest("Each metric spec needs a name: " + spec);
      }
      JsonNode percentiles = spec.path("percentiles");
      if (!percentiles.isMissingNode() && !percentiles.isNull() && !percentiles.isArray()) {
        throw ApiError.badRequest("percentiles must be an array of numbers: " + spec);
      }
      metricSpecs.add(spec);
    }
    long until =
        body.hasNonNull("until")
            ? Times.instant(body.get("until"), call.now, true, "until")
            : call.now;
    long from =
        body.hasNonNull("from")
            ? Times.instant(body.get("from"), call.now, false, "from")
            : until - DEFAULT_LOOKBACK;
    if (until < from) {
      throw ApiError.badRequest("until must not be before from");
    }
    String cycle = body.path("cycle").asText("auto");
    if (cycle.equals("auto")) {
      long span = until - from;
      cycle =
          span <= 7_200_000L
              ? "30sec"
              : span <= 172_800_000L ? "5min" : span <= 2_592_000_000L ? "1hr" : "24hr";
    }
    Long cycleMillis = CYCLES.get(cycle);
    if (cycleMillis == null) {
      throw ApiError.badRequest(
          "cycle must be auto or one of " + CYCLES.keySet() + ", was '" + cycle + "'");
    }
    long buckets = (until - from) / cycleMillis + 1;
    if (buckets * Math.max(1, objectIds.size()) * metricSpecs.size() > MAX_POINTS) {
      throw ApiError.badRequest(
          "The query asks for more than " + MAX_POINTS + " points; use a longer cycle");
    }
    return new Query(category, objectType, objectIds, metricSpecs, cycle, cycleMillis, from, until);
  }

  private static ObjectNode answer(Call call, Query query, Kind kind, long nodeId) {
    ObjectNode answer = Json.object();
    ArrayNode stats = answer.putArray("stats");
    long span = query.until() - query.from();
    long buckets = Math.max(1, span / query.cycleMillis());
    switch (kind) {
      case SERIES -> {
        for (long oid : query.objectIds()) {
          long first = query.from() - Math.floorMod(query.from(), query.cycleMillis());
          for (long time = first; time < query.until(); time += query.cycleMillis()) {
            stat(stats, call, query, nodeId, oid, time, query.cycleMillis(), 1);
          }
        }
      }
      case TOTAL ->
          stat(
              stats,
              call,
              query,
              nodeId,
              -1,
              query.from(),
              span,
              buckets * query.objectIds().size());
      case BY_OBJECT -> {
        for (long oid : query.objectIds()) {
          stat(stats, call, query, nodeId, oid, query.from(), span, buckets);
        }
      }
    }
    answer.put("cycle", query.cycle());
    answer.put("node_id", nodeId);
    answer.put("clock", call.now);
    answer.put("from", query.from());
    answer.put("until", query.until());
    return answer;
  }

  private static void stat(
      ArrayNode stats,
      Call call,
      Query query,
      long nodeId,
      long oid,
      long time,
      long duration,
      long scale) {
    ObjectNode stat = stats.addObject();
    stat.put("oid", oid);
    stat.put("time", time);
    stat.put("duration", duration);
    ArrayNode values = stat.putArray("values");
    for (JsonNode spec : query.specs()) {
      String name = spec.path("name").asText();
      long base = base(call, query, name, nodeId, oid, time);
      JsonNode value = value(spec, query.category(), base, Math.max(1, scale));
      String counted = countedBy(name);
      if (counted != null && value.isIntegralNumber()) {
        // An error count never exceeds the count it is a part of (rsp_error of rsp, req_error of
        // req, errors of rsp), for the same object and time, whether or not that count is asked
        // for too: the error count is drawn below the other's value.
        long whole = Math.floorMod(base(call, query, counted, nodeId, oid, time), 500);
        value =
            Json.MAPPER
                .getNodeFactory()
                .numberNode(Math.max(1, scale) * Math.floorMod(base, whole + 1));
      }
      values.add(value);
    }
  }

  private static long base(Call call, Query query, String name, long nodeId, long oid, long time) {
    return Mix.mix(
        call.settings.seed(),
        query.category().hashCode(),
        query.objectType().hashCode(),
        name.hashCode(),
        oid,
        time,
        nodeId);
  }

  /**
   * The count an error metric is a part of: {@code rsp} for {@code rsp_error}, {@code req} for
   * {@code req_error}, {@code rsp} for any other name with "error" in it; null for the rest.
   */
  static String countedBy(String name) {
    for (String suffix : List.of("_errors", "_error")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name.contains("error") ? "rsp" : null;
  }

  /** A count, a mean, percentiles, or keyed counts, as the spec asks. */
  private static JsonNode value(JsonNode spec, String category, long base, long scale) {
    String calc = spec.path("calc_type").asText("");
    boolean keyed =
        spec.hasNonNull("key1") || spec.hasNonNull("key2") || category.endsWith("_detail");
    if (keyed) {
      ArrayNode entries = Json.array();
      List<String> keys =
          spec.hasNonNull("key1")
              ? List.of(spec.get("key1").asText().replaceAll("^/(.*)/$", "$1"))
              : List.of("200", "404", "500");
      int index = 0;
      for (String key : keys) {
        ObjectNode entry = entries.addObject();
        ObjectNode keyNode = entry.putObject("key");
        keyNode.put("key_type", "string");
        keyNode.put("str", key);
        entry.put("vtype", "count");
        entry.put("value", scale * Math.floorMod(Mix.mix(base, ++index), 500));
      }
      return entries;
    }
    if (calc.equals("percentiles")) {
      ArrayNode percentiles = Json.array();
      JsonNode wanted = spec.path("percentiles");
      int count = wanted.isArray() && !wanted.isEmpty() ? wanted.size() : 1;
      double value = Math.floorMod(base, 50) + 1;
      for (int i = 0; i < count; i++) {
        value += Math.floorMod(Mix.mix(base, i), 100) / 4.0;
        percentiles.add(Math.round(value * 1000) / 1000.0);
      }
      return percentiles;
    }
    if (calc.equals("mean")) {
      return Json.MAPPER.getNodeFactory().numberNode(Math.floorMod(base, 100_000) / 100.0);
    }
    return Json.MAPPER.getNodeFactory().numberNode(scale * Math.floorMod(base, 500));
  }

  private static String requiredText(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw ApiError.badRequest("Field " + field + " is required");
    }
    return value.asText();
  }
}
