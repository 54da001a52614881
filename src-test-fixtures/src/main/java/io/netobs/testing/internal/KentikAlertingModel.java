package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeRequest;
import io.netobs.testing.FakeResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The alerting state of a Kentik fake: active alarms, their history and manual mitigations, as the
 * V5 alerting endpoints answer them. Alarms are seeded from the fake clock's minute when the fake
 * starts (or is reset), so tests can assert them: an open alarm 50 minutes before (Port_dst 443,
 * minor), an acknowledged one 20 minutes before (Port_dst 53, major, acknowledged two minutes
 * later), a match 5 minutes before (IP_dst 10.0.0.7, critical). A manual mitigation adds an active
 * row shaped as the live API sends them (row type {@code Mitigation}, {@code "type": "manual"},
 * {@code alert_metric} an empty string, {@code alarm_end}, {@code args} and the {@code mit_*} ids
 * null) and a history row. Open alarms carry the end {@code 0000-00-00 00:00:00}. Not part of the
 * public API.
 */
public final class KentikAlertingModel {
  private static final DateTimeFormatter QUERY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter ZONED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PLAIN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String OPEN = "0000-00-00 00:00:00";

  private final Clock clock;
  private final List<ObjectNode> alarms = new ArrayList<>();
  private final List<ObjectNode> history = new ArrayList<>();
  private long nextAlarmId;
  private long nextMitigationId;

  /** A model seeded from {@code clock}'s current minute. */
  public KentikAlertingModel(Clock clock) {
    this.clock = clock;
    reset();
  }

  /** Forgets the manual mitigations and seeds the alarms again from the clock's minute. */
  public synchronized void reset() {
    alarms.clear();
    history.clear();
    nextAlarmId = 82867900;
    nextMitigationId = 9000;
    Instant anchor = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    seed(anchor.minus(50, ChronoUnit.MINUTES), "Alarm", "ALARM", "443", "Port_dst", "minor", 15094);
    ObjectNode acked =
        seed(
            anchor.minus(20, ChronoUnit.MINUTES),
            "Alarm",
            "ACKED",
            "53",
            "Port_dst",
            "major",
            15095);
    history.add(
        historyRow(
            acked,
            "ALARM",
            "ACKED",
            Instant.parse(acked.get("alarm_start").asText()).plus(2, ChronoUnit.MINUTES)));
    seed(
        anchor.minus(5, ChronoUnit.MINUTES),
        "Match",
        "ALARM",
        "10.0.0.7",
        "IP_dst",
        "critical",
        15096);
  }

  private ObjectNode seed(
      Instant start,
      String rowType,
      String state,
      String key,
      String dimension,
      String severity,
      long policyId) {
    long alarmId = nextAlarmId++;
    ObjectNode row = Json.object();
    row.put("alarm_id", alarmId);
    row.put("row_type", rowType);
    row.put("alarm_state", state);
    row.put("alert_id", policyId);
    row.putNull("mitigation_id");
    row.put("threshold_id", policyId * 5);
    row.put("alert_key", key);
    row.put("alert_dimension", dimension);
    row.set("alert_metric", Json.array().add("bits"));
    row.put("alert_value", 2270.4);
    row.put("alert_value2nd", 0);
    row.put("alert_value3rd", 0);
    row.put("alert_match_count", 5);
    row.put("alert_baseline", 769);
    row.put("alert_severity", severity);
    row.put("baseline_used", 15);
    row.put("learning_mode", 0);
    row.put("debug_mode", 0);
    row.put("alarm_start", ZONED.format(start));
    row.put("alarm_end", OPEN);
    row.putNull("alarm_last_comment");
    row.put("mit_alert_id", 0);
    row.put("mit_alert_ip", "");
    row.put("mit_threshold_id", 0);
    row.put("mit_method_id", 0);
    row.put("args", "");
    row.put("id", 0);
    row.put("policy_id", policyId);
    row.put("policy_name", "policy_" + policyId);
    row.put("alert_key_lookup", key);
    alarms.add(row);
    history.add(historyRow(row, "CLEAR", "ALARM", start));
    return row;
  }

  private static ObjectNode historyRow(ObjectNode alarm, String from, String to, Instant when) {
    ObjectNode row = Json.object();
    row.put("row_type", alarm.get("row_type").asText());
    row.put("old_alarm_state", from);
    row.put("new_alarm_state", to);
    row.put("alert_match_count", alarm.path("alert_match_count").asText("0"));
    row.put("alert_severity", alarm.path("alert_severity").asText(""));
    row.set("alert_id", alarm.get("alert_id"));
    row.set("threshold_id", alarm.get("threshold_id"));
    row.set("alarm_id", alarm.get("alarm_id"));
    row.set("alert_key", alarm.get("alert_key"));
    row.set("alert_dimension", alarm.get("alert_dimension"));
    row.set("alert_metric", alarm.get("alert_metric"));
    row.set("alert_value", alarm.get("alert_value"));
    row.put("alert_value2nd", 0);
    row.put("alert_value3rd", 0);
    row.set("alert_baseline", alarm.get("alert_baseline"));
    row.set("baseline_used", alarm.get("baseline_used"));
    row.put("learning_mode", 0);
    row.put("debug_mode", 0);
    row.put("ctime", ZONED.format(when));
    row.put("alarm_start_time", PLAIN.format(Instant.parse(alarm.get("alarm_start").asText())));
    row.putNull("comment");
    row.set("mitigation_id", alarm.get("mitigation_id"));
    row.put("mit_method_id", alarm.path("mit_method_id").asLong(0));
    row.put("args", "");
    row.put("id", 0);
    row.set("policy_id", alarm.get("policy_id"));
    row.set("policy_name", alarm.get("policy_name"));
    row.set("alert_key_lookup", alarm.get("alert_key_lookup"));
    return row;
  }

  /** {@code GET /alerts-active/alarms}: the rows in the window, the filter and the flags. */
  public synchronized FakeResponse alarms(FakeRequest request) {
    Predicate<ObjectNode> keep = selection(request, "alarm_start");
    ArrayNode answer = Json.array();
    alarms.stream().filter(keep).forEach(row -> answer.add(row.deepCopy()));
    return FakeResponse.json(200, answer);
  }

  /** {@code GET /alerts-active/alerts-history}: the state changes in the window, in time order. */
  public synchronized FakeResponse history(FakeRequest request) {
    Predicate<ObjectNode> keep = selection(request, "ctime");
    String sort = request.queryParam("sortOrder");
    List<ObjectNode> rows = new ArrayList<>(history.stream().filter(keep).toList());
    rows.sort((a, b) -> a.get("ctime").asText().compareTo(b.get("ctime").asText()));
    if ("alarm_id".equals(sort)) {
      rows.sort((a, b) -> Long.compare(a.get("alarm_id").asLong(), b.get("alarm_id").asLong()));
    }
    ArrayNode answer = Json.array();
    rows.forEach(row -> answer.add(row.deepCopy()));
    return FakeResponse.json(200, answer);
  }

  /** {@code POST /alerts/manual-mitigate}: a new active mitigation row, answered OK. */
  public synchronized FakeResponse mitigate(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("The body must be a JSON object");
    }
    String cidr = body.path("ipCidr").asText("").strip();
    if (cidr.isEmpty()) {
      throw ApiError.badRequest("ipCidr is required");
    }
    long platform = id(body, "platformID");
    long method = id(body, "methodID");
    JsonNode minutes = body.get("minutesBeforeAutoStop");
    if (minutes != null && !minutes.isNull() && !minutes.asText().matches("[0-9]*")) {
      throw ApiError.badRequest("minutesBeforeAutoStop must be a number of minutes");
    }
    Instant now = clock.instant();
    ObjectNode row = Json.object();
    row.put("alarm_id", nextAlarmId++);
    row.put("row_type", "Mitigation");
    row.put("type", "manual");
    row.put("alarm_state", "ACTIVE");
    row.putNull("alert_id");
    row.put("mitigation_id", nextMitigationId++);
    row.putNull("threshold_id");
    row.put("alert_key", cidr);
    row.put("alert_dimension", "IP_dst");
    row.put("alert_metric", "");
    row.put("alert_value", 0);
    row.put("alert_value2nd", 0);
    row.put("alert_value3rd", 0);
    row.put("alert_match_count", 0);
    row.put("alert_baseline", 0);
    row.put("alert_severity", "");
    row.put("baseline_used", 0);
    row.put("learning_mode", 0);
    row.put("debug_mode", 0);
    row.put("alarm_start", ZONED.format(now));
    row.putNull("alarm_end");
    if (body.hasNonNull("comment")) {
      row.put("alarm_last_comment", body.get("comment").asText());
    } else {
      row.putNull("alarm_last_comment");
    }
    row.putNull("mit_alert_id");
    row.put("mit_alert_ip", cidr);
    row.putNull("mit_threshold_id");
    row.put("mit_method_id", method);
    row.put("mit_platform_id", platform);
    row.putNull("args");
    row.put("id", 0);
    row.putNull("policy_id");
    row.put("policy_name", "");
    row.put("alert_key_lookup", cidr);
    alarms.add(row);
    history.add(historyRow(row, "CLEAR", "ACTIVE", now));
    ObjectNode answer = Json.object();
    answer.set("response", Json.object().put("result", "OK"));
    return FakeResponse.json(200, answer);
  }

  private static long id(JsonNode body, String field) {
    JsonNode value = body.get(field);
    String text = value == null || value.isNull() ? "" : value.asText().strip();
    if (!text.matches("[1-9][0-9]{0,17}")) {
      throw ApiError.badRequest(field + " is required and must be a valid id");
    }
    return Long.parseLong(text);
  }

  /** The rows a query keeps: in the window, matching the filter, of the kinds the flags show. */
  private static Predicate<ObjectNode> selection(FakeRequest request, String timeField) {
    Instant start = time(request, "startTime");
    Instant end = time(request, "endTime");
    boolean mitigations = flag(request, "showMitigations", true);
    boolean alarmRows = flag(request, "showAlarms", true);
    boolean matches = flag(request, "showMatches", false);
    boolean learning = flag(request, "learningMode", false);
    String filterBy = request.queryParam("filterBy");
    String filterVal = request.queryParam("filterVal");
    return row -> {
      Instant at = parse(row.path(timeField).asText());
      if (start != null && at != null && at.isBefore(start)) {
        return false;
      }
      if (end != null && at != null && !at.isBefore(end)) {
        return false;
      }
      String type = row.path("row_type").asText();
      if (type.equals("Mitigation") && !mitigations
          || type.equals("Alarm") && !alarmRows
          || type.equals("Match") && !matches
          || row.path("learning_mode").asInt() != 0 && !learning) {
        return false;
      }
      return matchesFilter(row, filterBy, filterVal);
    };
  }

  private static boolean matchesFilter(ObjectNode row, String by, String value) {
    if (by == null || by.isEmpty() || by.equals("None") || value == null) {
      return true;
    }
    return switch (by) {
      case "alert_key" -> row.path("alert_key").asText().equals(value);
      case "alert_key_partial" -> row.path("alert_key").asText().contains(value);
      case "dimension_key" -> row.path("alert_dimension").asText().equals(value);
      case "alert_id", "alarm_id", "mitigation_id" -> row.path(by).asText().equals(value);
      case "old_state" -> row.path("old_alarm_state").asText().equals(value);
      case "new_state" -> row.path("new_alarm_state").asText().equals(value);
      case "any_state" ->
          value.equals(row.path("alarm_state").asText(null))
              || value.equals(row.path("old_alarm_state").asText(null))
              || value.equals(row.path("new_alarm_state").asText(null));
      default -> true;
    };
  }

  private static Instant time(FakeRequest request, String name) {
    String text = request.queryParam(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, QUERY_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be YYYY-MM-DDTHH:MM:SS, was '" + text + "'");
    }
  }

  private static boolean flag(FakeRequest request, String name, boolean otherwise) {
    String text = request.queryParam(name);
    if (text == null) {
      return otherwise;
    }
    return switch (text) {
      case "1" -> true;
      case "0" -> false;
      default -> throw ApiError.badRequest(name + " must be 0 or 1, was '" + text + "'");
    };
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
