package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /detections/search} of newer firmware: {@code {"filter": {...}, "from", "until",
 * "limit", "offset"}}, where the filter is a set of criteria rather than the rule language of
 * device and record searches: {@code categories}, {@code types}, {@code status}, {@code assignee},
 * {@code resolution} (each a list of accepted values) and {@code risk_score_min}.
 */
final class Detections {
  private static final List<String> LIST_CRITERIA =
      List.of("categories", "types", "status", "assignee", "resolution");

  private Detections() {}

  static Handler search() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      long from =
          body.hasNonNull("from") ? Times.instant(body.get("from"), call.now, false, "from") : 0;
      long until =
          body.hasNonNull("until")
              ? Times.instant(body.get("until"), call.now, true, "until")
              : Long.MAX_VALUE;
      JsonNode filter = body.path("filter");
      if (!filter.isMissingNode() && !filter.isNull() && !filter.isObject()) {
        throw ApiError.badRequest("Field filter must be an object of criteria");
      }
      List<JsonNode> matching = new ArrayList<>();
      for (ObjectNode detection : call.state.store("detections").all()) {
        long start = detection.path("start_time").asLong();
        if (start >= from && start <= until && matches(detection, filter)) {
          matching.add(detection);
        }
      }
      int offset = Call.count(body, "offset", 0);
      int limit = Call.count(body, "limit", Integer.MAX_VALUE);
      List<JsonNode> page =
          matching.subList(
              Math.min(offset, matching.size()),
              (int) Math.min((long) offset + limit, matching.size()));
      return FakeResponse.json(200, Json.arrayOf(page));
    };
  }

  private static boolean matches(ObjectNode detection, JsonNode filter) {
    if (filter.isMissingNode() || filter.isNull()) {
      return true;
    }
    if (filter.hasNonNull("risk_score_min")
        && detection.path("risk_score").asInt() < filter.get("risk_score_min").asInt()) {
      return false;
    }
    for (String criterion : LIST_CRITERIA) {
      JsonNode accepted = filter.path(criterion);
      if (accepted.isMissingNode() || accepted.isNull()) {
        continue;
      }
      if (!accepted.isArray()) {
        throw ApiError.badRequest("Filter criterion " + criterion + " must be an array");
      }
      String field = criterion.equals("types") ? "type" : criterion;
      List<String> values = Records.jsonValues(detection, field);
      boolean any = false;
      for (JsonNode value : accepted) {
        any |= values.contains(value.asText());
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
