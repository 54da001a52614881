package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The ExtraHop Query Language searches of firmware 26.3: {@code POST /search/eql/detectionlogs} and
 * {@code POST /search/eql/networkusers} with {@code {"eql", "limit", "offset"}}, answered by {@code
 * {"total", "results"}}, and the schema and expected field values of each resource.
 *
 * <p>The fake understands a small, honest subset of EQL and refuses the rest with 400: comparisons
 * {@code field = value}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=} (strings in
 * single or double quotes, numbers, {@code true}, {@code false}), joined by {@code and} and {@code
 * or} ({@code and} binds tighter), in parentheses, and one trailing {@code | sort by field
 * [asc|desc]}.
 *
 * <p>The detection log is computed at each call from the stored detections, so a detection changed
 * by {@code PATCH /detections/{id}} shows in the log; each detection has a few entries, one per
 * piece of logged activity.
 */
final class EqlSearch {
  static final String DETECTION_LOGS = "detectionlogs";
  static final String NETWORK_USERS = "networkusers";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 10_000;

  private EqlSearch() {}

  /** {@code POST /search/eql/{resource}}. */
  static Handler search(String resource) {
    return call -> {
      ObjectNode body = call.bodyObject();
      JsonNode eql = body.path("eql");
      if (!eql.isTextual() || eql.asText().isBlank()) {
        throw ApiError.badRequest("Field eql is required and must be a string");
      }
      int limit = Call.count(body, "limit", DEFAULT_LIMIT);
      if (limit > MAX_LIMIT) {
        throw ApiError.badRequest("limit must be at most " + MAX_LIMIT + ", was " + limit);
      }
      int offset = Call.count(body, "offset", 0);
      Query query = Query.parse(eql.asText());
      List<ObjectNode> matches = new ArrayList<>();
      for (ObjectNode entry : entries(call, resource)) {
        if (query.where.test(entry)) {
          matches.add(entry);
        }
      }
      if (query.sortField != null) {
        Comparator<ObjectNode> order =
            Comparator.comparing(entry -> entry.path(query.sortField), EqlSearch::compareNodes);
        matches.sort(query.descending ? order.reversed() : order);
      }
      ObjectNode answer = Json.object();
      answer.put("total", matches.size());
      answer.set(
          "results",
          Json.arrayOf(
              matches.subList(
                  Math.min(offset, matches.size()),
                  (int) Math.min((long) offset + limit, matches.size()))));
      return FakeResponse.json(200, answer);
    };
  }

  /** {@code GET /search/eql/{resource}/schema}: the fields of the resource's entries. */
  static Handler schema() {
    return call -> {
      String resource = call.id();
      Map<String, String> types = fieldTypes(call, resource);
      ObjectNode answer = Json.object();
      answer.put("resource", resource);
      ArrayNode fields = answer.putArray("fields");
      types.forEach(
          (name, type) -> {
            ObjectNode field = fields.addObject();
            field.put("name", name);
            field.put("type", type);
            ArrayNode operators = field.putArray("operators");
            operators.add("=").add("!=");
            if (!type.equals("boolean")) {
              operators.add(">").add(">=").add("<").add("<=");
            }
            field.put("description", "The " + name + " of each entry");
          });
      return FakeResponse.json(200, answer);
    };
  }

  /**
   * {@code GET /search/eql/{resource}/schema/fieldvalues?fields=a,b}: the distinct values of each
   * field named, sorted, at most 100 each.
   */
  static Handler fieldValues() {
    return call -> {
      String resource = call.id();
      String names = call.query("fields");
      if (names == null || names.isBlank()) {
        throw ApiError.badRequest("Query parameter fields is required");
      }
      Map<String, String> types = fieldTypes(call, resource);
      List<ObjectNode> entries = entries(call, resource);
      ObjectNode answer = Json.object();
      ObjectNode values = answer.putObject("values");
      for (String name : names.split(",")) {
        String field = name.strip();
        if (!types.containsKey(field)) {
          throw ApiError.badRequest("Unknown field " + field + " of " + resource);
        }
        TreeSet<JsonNode> distinct = new TreeSet<>(EqlSearch::compareNodes);
        for (ObjectNode entry : entries) {
          JsonNode value = entry.path(field);
          if (value.isValueNode() && !value.isNull()) {
            distinct.add(value);
          }
        }
        ArrayNode list = values.putArray(field);
        distinct.stream().limit(100).forEach(list::add);
      }
      return FakeResponse.json(200, answer);
    };
  }

  private static Map<String, String> fieldTypes(Call call, String resource) {
    Map<String, String> types = new TreeMap<>();
    for (ObjectNode entry : entries(call, resource)) {
      entry
          .properties()
          .forEach(
              field -> {
                JsonNode value = field.getValue();
                if (value.isValueNode() && !value.isNull()) {
                  types.putIfAbsent(
                      field.getKey(),
                      value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string");
                }
              });
    }
    return types;
  }

  private static List<ObjectNode> entries(Call call, String resource) {
    return switch (resource) {
      case DETECTION_LOGS -> detectionLogs(call);
      case NETWORK_USERS -> new ArrayList<>(call.state.store("networkusers").all());
      default -> throw ApiError.notFound("No EQL resource " + resource);
    };
  }

  /** The detection log: a few entries for each stored detection, oldest detection first. */
  static List<ObjectNode> detectionLogs(Call call) {
    List<ObjectNode> entries = new ArrayList<>();
    Store devices = call.state.store("devices");
    for (ObjectNode detection : call.state.store("detections").all()) {
      long id = detection.path("id").asLong();
      String offender = address(devices, detection, "offender");
      String victim = address(devices, detection, "victim");
      long start = detection.path("start_time").asLong();
      long end = Math.max(start, detection.path("end_time").asLong(start));
      int count = 4 + (int) (Math.floorMod(Mix.mix(call.settings.seed(), id), 5L));
      for (int k = 0; k < count; k++) {
        ObjectNode entry = Json.object();
        entry.put("id", id + "-" + (k + 1));
        entry.put("detectionId", id);
        entry.put("type", detection.path("type").asText());
        entry.put("title", detection.path("title").asText(""));
        entry.put("status", detection.path("status").asText("new"));
        entry.put("riskScore", detection.path("risk_score").asInt());
        entry.put("startTime", start + (end - start) * k / count);
        entry.put("endTime", start + (end - start) * (k + 1) / count);
        if (offender != null) {
          entry.put("offenderAddr", offender);
        }
        if (victim != null) {
          entry.put("victimAddr", victim);
        }
        entries.add(entry);
      }
    }
    return entries;
  }

  private static String address(Store devices, ObjectNode detection, String role) {
    for (JsonNode participant : detection.path("participants")) {
      if (!participant.path("role").asText().equals(role)) {
        continue;
      }
      if (participant.has("object_value")) {
        return participant.path("object_value").asText();
      }
      return devices
          .find(participant.path("object_id").asText())
          .map(device -> device.path("ipaddr4").asText(null))
          .orElse(null);
    }
    return null;
  }

  static int compareNodes(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.asText().compareTo(b.asText());
  }

  /** A parsed query: the condition and an optional sort. */
  static final class Query {
    final Predicate<ObjectNode> where;
    final String sortField;
    final boolean descending;

    private Query(Predicate<ObjectNode> where, String sortField, boolean descending) {
      this.where = where;
      this.sortField = sortField;
      this.descending = descending;
    }

    static Query parse(String eql) {
      String condition = eql;
      String sortField = null;
      boolean descending = false;
      int pipe = pipeOutsideQuotes(eql);
      if (pipe >= 0) {
        condition = eql.substring(0, pipe);
        String[] words = eql.substring(pipe + 1).strip().split("\\s+");
        if (words.length < 3
            || words.length > 4
            || !words[0].equals("sort")
            || !words[1].equals("by")
            || (words.length == 4 && !words[3].matches("asc|desc"))) {
          throw unsupported(eql, "only '| sort by field [asc|desc]' may follow the condition");
        }
        sortField = words[2];
        descending = words.length == 4 && words[3].equals("desc");
      }
      Parser parser = new Parser(eql, tokens(eql, condition));
      Predicate<ObjectNode> where = parser.or();
      if (parser.position != parser.tokens.size()) {
        throw unsupported(eql, "unexpected '" + parser.tokens.get(parser.position) + "'");
      }
      return new Query(where, sortField, descending);
    }

    /** The position of the first {@code |} that is not inside a quoted string, or -1. */
    private static int pipeOutsideQuotes(String eql) {
      char quote = 0;
      for (int i = 0; i < eql.length(); i++) {
        char c = eql.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '|') {
          return i;
        }
      }
      return -1;
    }

    private static List<String> tokens(String eql, String text) {
      List<String> tokens = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '\'' || c == '"') {
          int end = text.indexOf(c, i + 1);
          if (end < 0) {
            throw unsupported(eql, "a string is not closed");
          }
          tokens.add(text.substring(i, end + 1));
          i = end + 1;
        } else if (c == '(' || c == ')') {
          tokens.add(String.valueOf(c));
          i++;
        } else if ("=!<>".indexOf(c) >= 0) {
          int end = i + 1;
          if (end < text.length() && text.charAt(end) == '=') {
            end++;
          }
          String operator = text.substring(i, end);
          if (operator.equals("!")) {
            throw unsupported(eql, "'!' alone is not an operator");
          }
          tokens.add(operator);
          i = end;
        } else {
          int end = i;
          while (end < text.length()
              && !Character.isWhitespace(text.charAt(end))
              && "=!<>()'\"".indexOf(text.charAt(end)) < 0) {
            end++;
          }
          tokens.add(text.substring(i, end));
          i = end;
        }
      }
      return tokens;
    }
  }

  private static final class Parser {
    final String eql;
    final List<String> tokens;
    int position;

    Parser(String eql, List<String> tokens) {
      this.eql = eql;
      this.tokens = tokens;
    }

    private String peek() {
      return position < tokens.size() ? tokens.get(position) : null;
    }

    private String next(String what) {
      if (position >= tokens.size()) {
        throw unsupported(eql, "the query ends where " + what + " was expected");
      }
      return tokens.get(position++);
    }

    Predicate<ObjectNode> or() {
      Predicate<ObjectNode> left = and();
      while ("or".equalsIgnoreCase(peek())) {
        position++;
        left = left.or(and());
      }
      return left;
    }

    Predicate<ObjectNode> and() {
      Predicate<ObjectNode> left = comparison();
      while ("and".equalsIgnoreCase(peek())) {
        position++;
        left = left.and(comparison());
      }
      return left;
    }

    Predicate<ObjectNode> comparison() {
      if ("(".equals(peek())) {
        position++;
        Predicate<ObjectNode> inner = or();
        if (!")".equals(next("')'"))) {
          throw unsupported(eql, "a '(' is not closed");
        }
        return inner;
      }
      String field = next("a field");
      if (!field.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        throw unsupported(eql, "'" + field + "' is not a field name");
      }
      String operator = next("an operator");
      if (!List.of("=", "!=", ">", ">=", "<", "<=").contains(operator)) {
        throw unsupported(eql, "'" + operator + "' is not an operator the fake knows");
      }
      String literal = next("a value");
      JsonNode value = literal(literal);
      return entry -> {
        JsonNode actual = entry.path(field);
        if (actual.isMissingNode() || actual.isNull()) {
          return operator.equals("!=");
        }
        int order = compare(actual, value);
        return switch (operator) {
          case "=" -> order == 0;
          case "!=" -> order != 0;
          case ">" -> order > 0;
          case ">=" -> order >= 0;
          case "<" -> order < 0;
          default -> order <= 0;
        };
      };
    }

    private JsonNode literal(String token) {
      if (token.length() >= 2 && (token.startsWith("'") || token.startsWith("\""))) {
        return Json.MAPPER.getNodeFactory().textNode(token.substring(1, token.length() - 1));
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (lower.equals("true") || lower.equals("false")) {
        return Json.MAPPER.getNodeFactory().booleanNode(lower.equals("true"));
      }
      try {
        return Json.MAPPER.getNodeFactory().numberNode(new BigDecimal(token));
      } catch (NumberFormatException e) {
        throw unsupported(eql, "'" + token + "' is not a quoted string, a number or a boolean");
      }
    }

    private static int compare(JsonNode actual, JsonNode value) {
      if (value.isNumber()) {
        if (actual.isNumber()) {
          return actual.decimalValue().compareTo(value.decimalValue());
        }
        try {
          return new BigDecimal(actual.asText()).compareTo(value.decimalValue());
        } catch (NumberFormatException e) {
          return actual.asText().compareTo(value.asText());
        }
      }
      return actual.asText().compareTo(value.asText());
    }
  }

  private static ApiError unsupported(String eql, String why) {
    return ApiError.badRequest("Cannot read the EQL query '" + eql + "': " + why);
  }
}
