package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The record log: {@code POST /records/search} and the next pages through a cursor, either {@code
 * GET /records/cursor/{cursor}} (as the ExtraHop REST API Guide documents it) or {@code POST
 * /records/cursor} with {@code {"cursor": ...}} (newer firmware). Each page hands out a new cursor
 * and retires the old one, so a client that reuses a spent cursor sees a 404 rather than silently
 * repeated records.
 */
final class Records {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 10_000;
  static final int MAX_GROUPS = 1_000;
  static final long DEFAULT_CONTEXT_TTL = 300_000L;

  /** Where a search stopped. Mutable; guarded by the state's write lock. */
  static final class Cursor {
    final List<ObjectNode> matches;
    final int limit;
    long ttl;
    int position;
    long expiresAt;

    Cursor(List<ObjectNode> matches, int position, int limit, long ttl, long now) {
      this.matches = matches;
      this.position = position;
      this.limit = limit;
      this.ttl = ttl;
      this.expiresAt = now + ttl;
    }
  }

  private Records() {}

  /**
   * {@code POST /records/search} with {@code from}, {@code until}, {@code types}, {@code filter},
   * ...
   */
  static Handler search() {
    return call -> {
      ObjectNode body = call.bodyObject();
      if (!body.hasNonNull("from")) {
        throw ApiError.badRequest("Field from is required");
      }
      long from = Times.instant(body.get("from"), call.now, false, "from");
      long until =
          body.hasNonNull("until")
              ? Times.instant(body.get("until"), call.now, true, "until")
              : call.now;
      Set<String> types = types(body.path("types"));
      Predicate<ObjectNode> filter =
          Filters.compile(
              body.get("filter"), (record, field) -> jsonValues(record.path("_source"), field));
      JsonNode eql = body.path("eql");
      if (!eql.isMissingNode() && !eql.isNull()) {
        if (!eql.isTextual() || eql.asText().isBlank()) {
          throw ApiError.badRequest("Field eql must be a query string");
        }
        EqlSearch.Query query = EqlSearch.Query.parse(eql.asText());
        if (query.sortField != null) {
          throw ApiError.badRequest("Sort a record search with the sort field, not in eql");
        }
        filter = filter.and(record -> query.where.test((ObjectNode) record.path("_source")));
      }
      List<String> groupBy = groupFields(body.path("aggregations"));
      int limit = Call.count(body, "limit", groupBy == null ? DEFAULT_LIMIT : MAX_GROUPS);
      if (groupBy == null && limit > MAX_LIMIT) {
        throw ApiError.badRequest("limit must be at most " + MAX_LIMIT + ", was " + limit);
      }
      if (groupBy != null && limit > MAX_GROUPS) {
        throw ApiError.badRequest(
            "limit counts groups when aggregations are set and must be at most "
                + MAX_GROUPS
                + ", was "
                + limit);
      }
      int offset = Call.count(body, "offset", 0);
      long ttl =
          body.hasNonNull("context_ttl")
              ? Times.duration(body.get("context_ttl"), "context_ttl")
              : DEFAULT_CONTEXT_TTL;

      List<ObjectNode> matches = new ArrayList<>();
      for (ObjectNode record : call.state.records) {
        long timestamp = record.path("_source").path("timestamp").longValue();
        if (timestamp >= from
            && timestamp <= until
            && (types.isEmpty() || types.contains(record.path("_type").asText()))
            && filter.test(record)) {
          matches.add(record);
        }
      }
      sort(matches, body.path("sort"));
      if (groupBy != null) {
        return FakeResponse.json(200, groups(matches, groupBy, offset, limit));
      }
      return page(call, new Cursor(matches, offset, limit, ttl, call.now));
    };
  }

  /** The grouping fields of {@code aggregations: {"fields": [...]}}, or null without one. */
  private static List<String> groupFields(JsonNode aggregations) {
    if (aggregations.isMissingNode() || aggregations.isNull()) {
      return null;
    }
    JsonNode fields = aggregations.path("fields");
    if (!aggregations.isObject() || !fields.isArray() || fields.isEmpty()) {
      throw ApiError.badRequest("Field aggregations must be {\"fields\": [one or more fields]}");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode field : fields) {
      if (!field.isTextual() || field.asText().isBlank()) {
        throw ApiError.badRequest("aggregations.fields must hold field names");
      }
      names.add(field.asText());
    }
    return names;
  }

  /**
   * {@code {"total", "aggregations": [{"key": {field: value}, "count"}]}}: one group per
   * combination of the fields' values, largest first (ties in order of first appearance).
   */
  private static ObjectNode groups(
      List<ObjectNode> matches, List<String> fields, int offset, int limit) {
    Map<List<String>, ObjectNode> groups = new LinkedHashMap<>();
    for (ObjectNode record : matches) {
      JsonNode source = record.path("_source");
      List<String> values = new ArrayList<>();
      for (String field : fields) {
        values.add(source.path(field).toString());
      }
      ObjectNode group =
          groups.computeIfAbsent(
              values,
              v -> {
                ObjectNode created = Json.object();
                ObjectNode key = created.putObject("key");
                for (String field : fields) {
                  key.set(field, source.path(field).isMissingNode() ? null : source.get(field));
                }
                created.put("count", 0);
                return created;
              });
      group.put("count", group.path("count").asLong() + 1);
    }
    List<ObjectNode> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingLong((ObjectNode g) -> g.path("count").asLong()).reversed());
    ObjectNode answer = Json.object();
    answer.put("total", matches.size());
    answer.set(
        "aggregations",
        Json.arrayOf(
            ordered.subList(
                Math.min(offset, ordered.size()),
                (int) Math.min((long) offset + limit, ordered.size()))));
    return answer;
  }

  /**
   * {@code GET /records/formats}: one format per record type of the record log, with the fields its
   * records carry.
   */
  static Handler formats() {
    return call -> {
      Map<String, Map<String, String>> formats = new java.util.TreeMap<>();
      for (ObjectNode record : call.state.records) {
        Map<String, String> fields =
            formats.computeIfAbsent(record.path("_type").asText(), t -> new java.util.TreeMap<>());
        record
            .path("_source")
            .properties()
            .forEach(
                field -> {
                  JsonNode value = field.getValue();
                  fields.putIfAbsent(
                      field.getKey(),
                      value.isNumber()
                          ? "number"
                          : value.isBoolean()
                              ? "boolean"
                              : value.isContainerNode() ? "object" : "string");
                });
      }
      com.fasterxml.jackson.databind.node.ArrayNode answer = Json.array();
      formats.forEach(
          (type, fields) -> {
            ObjectNode format = answer.addObject();
            format.put("id", type);
            format.put("display_name", type.substring(1).toUpperCase(java.util.Locale.ROOT));
            com.fasterxml.jackson.databind.node.ArrayNode list = format.putArray("fields");
            fields.forEach(
                (name, dataType) -> {
                  ObjectNode field = list.addObject();
                  field.put("name", name);
                  field.put("display_name", name);
                  field.put("data_type", dataType);
                });
          });
      return FakeResponse.json(200, answer);
    };
  }

  /** {@code GET /records/cursor/{cursor}}. */
  static Handler nextFromPath() {
    return call -> next(call, call.parameter("cursor"));
  }

  /**
   * {@code POST /records/cursor} with {@code {"cursor": ...}}; a {@code context_ttl} query
   * parameter keeps the search alive for that long from now on.
   */
  static Handler nextFromBody() {
    return call -> {
      JsonNode cursor = call.bodyObject().path("cursor");
      if (!cursor.isTextual()) {
        throw ApiError.badRequest("Field cursor is required and must be a string");
      }
      return next(call, cursor.asText());
    };
  }

  private static FakeResponse next(Call call, String id) {
    String ttlText = call.query("context_ttl");
    Long ttl =
        ttlText == null
            ? null
            : Times.duration(Json.MAPPER.getNodeFactory().textNode(ttlText), "context_ttl");
    Cursor cursor = call.state.cursors.remove(id);
    if (cursor == null || call.now >= cursor.expiresAt) {
      throw ApiError.notFound("The cursor " + id + " is unknown or has expired");
    }
    if (ttl != null) {
      cursor.ttl = ttl;
    }
    return page(call, cursor);
  }

  /** One page from the cursor's position; a new cursor when more records remain. */
  private static FakeResponse page(Call call, Cursor cursor) {
    List<ObjectNode> matches = cursor.matches;
    int start = Math.min(cursor.position, matches.size());
    int end = (int) Math.min((long) start + cursor.limit, matches.size());
    ObjectNode answer = Json.object();
    answer.put("total", matches.size());
    answer.set("records", Json.arrayOf(matches.subList(start, end)));
    if (end < matches.size()) {
      cursor.position = end;
      cursor.expiresAt = call.now + cursor.ttl;
      String id =
          Long.toHexString(Mix.mix(call.settings.seed(), ++call.state.lastCursor) | Long.MIN_VALUE);
      call.state.cursors.put(id, cursor);
      answer.put("cursor", id);
    }
    return FakeResponse.json(200, answer);
  }

  /**
   * The values at a dotted path of a record or object: an array gives its elements, an object of
   * the form {@code {"type", "value"}} its value.
   */
  static List<String> jsonValues(JsonNode root, String dottedField) {
    JsonNode node = root;
    for (String part : dottedField.split("\\.")) {
      node = node.path(part);
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(
          element ->
              values.add(element.isObject() ? element.path("value").asText() : element.asText()));
    } else if (node.isObject()) {
      if (node.has("value")) {
        values.add(node.get("value").asText());
      }
    } else if (!node.isMissingNode() && !node.isNull()) {
      values.add(node.asText());
    }
    return values;
  }

  private static Set<String> types(JsonNode types) {
    if (types.isMissingNode() || types.isNull()) {
      return Set.of();
    }
    if (!types.isArray()) {
      throw ApiError.badRequest("Field types must be an array of record types such as \"~http\"");
    }
    Set<String> wanted = new HashSet<>();
    types.forEach(type -> wanted.add(type.asText()));
    return wanted;
  }

  /**
   * Newest first unless {@code sort} asks otherwise: {@code [{"field", "direction":
   * "asc"|"desc"}]}.
   */
  private static void sort(List<ObjectNode> matches, JsonNode sort) {
    if (sort.isMissingNode() || sort.isNull()) {
      return;
    }
    if (!sort.isArray()) {
      throw ApiError.badRequest("Field sort must be an array of {field, direction}");
    }
    Comparator<ObjectNode> order = null;
    for (JsonNode key : sort) {
      String field = key.path("field").asText(null);
      if (field == null) {
        throw ApiError.badRequest("Each sort entry needs a field");
      }
      Comparator<ObjectNode> byField =
          Comparator.comparing(
              record -> record.path("_source").path(field),
              (a, b) ->
                  a.isNumber() && b.isNumber()
                      ? Double.compare(a.asDouble(), b.asDouble())
                      : a.asText().compareTo(b.asText()));
      if (key.path("direction").asText("asc").equals("desc")) {
        byField = byField.reversed();
      }
      order = order == null ? byField : order.thenComparing(byField);
    }
    if (order != null) {
      matches.sort(order);
    }
  }
}
