package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Detections of newer firmware, with their notes, related detections, tickets, formats, tuning
 * rules and the investigations that hold them.
 *
 * <p>{@code POST /detections/search} takes {@code {"filter": {...}, "from", "until", "mod_time",
 * "create_time", "update_time", "id_only", "include_activity_log", "sort", "limit", "offset"}}. The
 * filter is a set of criteria, not the rule language of device and record searches: {@code
 * categories}, {@code types}, {@code status}, {@code assignee}, {@code ticket_id}, {@code
 * resolution} (each a list of accepted values, where {@code .none} matches a null and, for the
 * assignee, {@code .me} the authenticated user), {@code risk_score_min} and {@code recommended}.
 * Detections are stored with their activity log, which is answered only when asked for; the
 * top-level participants and properties are then left out, as the live API does.
 */
final class Detections {
  /** The user the fake's credentials belong to: what {@code .me} matches. */
  static final String ME = "setup";

  static final String FORMATS = "detectionformats";
  static final String RULES = "tuningrules";
  static final int MAX_PREVIEW_LIMIT = 5000;

  private static final Set<String> STATUSES =
      Set.of("new", "in_progress", "closed", "acknowledged");
  private static final Set<String> RESOLUTIONS = Set.of("action_taken", "no_action_taken");
  private static final Set<String> SEARCH_FIELDS =
      Set.of(
          "filter",
          "from",
          "until",
          "mod_time",
          "create_time",
          "update_time",
          "id_only",
          "include_activity_log",
          "limit",
          "offset",
          "sort");
  private static final Set<String> CRITERIA =
      Set.of(
          "categories",
          "category",
          "risk_score_min",
          "status",
          "assignee",
          "types",
          "ticket_id",
          "resolution",
          "recommended");
  private static final Set<String> PATCH_FIELDS =
      Set.of("assignee", "participants", "resolution", "status", "ticket_id");
  private static final Set<String> TICKET_FIELDS =
      Set.of("assignee", "resolution", "status", "ticket_id");
  private static final Set<String> FORMAT_FIELDS =
      Set.of("author", "categories", "display_name", "mitre_categories", "type");
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "description",
          "detection_type",
          "detection_types",
          "enabled",
          "expiration",
          "offender",
          "victim",
          "properties");

  /** Type, categories, title, MITRE tactic id and name, technique id and name. */
  private record Kind(String type, List<String> categories, String title, String... mitre) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "brute_force",
              List.of("sec", "sec.attack"),
              "Brute force login attempts",
              "TA0006",
              "Credential Access",
              "T1110",
              "Brute Force"),
          new Kind(
              "data_exfil",
              List.of("sec", "sec.exfil"),
              "Data exfiltration",
              "TA0010",
              "Exfiltration",
              "T1048",
              "Exfiltration Over Alternative Protocol"),
          new Kind(
              "port_scan",
              List.of("sec", "sec.attack"),
              "Port scan",
              "TA0007",
              "Discovery",
              "T1046",
              "Network Service Discovery"),
          new Kind(
              "ransomware_activity",
              List.of("sec", "sec.action"),
              "Ransomware activity",
              "TA0040",
              "Impact",
              "T1486",
              "Data Encrypted for Impact"),
          new Kind(
              "http_plaintext_password_server",
              List.of("sec", "sec.caution"),
              "Credentials received over HTTP"),
          new Kind("dns_latency", List.of("perf"), "DNS server latency"),
          new Kind("db_errors", List.of("perf"), "Database errors"));

  private static final String[] STATUS_DRAW = {
    null, null, null, "new", "in_progress", "acknowledged", "closed"
  };
  private static final String[] ASSIGNEES = {"admin", "netops", ME};

  private Detections() {}

  // ---------------------------------------------------------------- generation

  /**
   * Adds {@code count} detections after the seeded ones, the same for the same seed: participants
   * drawn from the generated devices (or external addresses), one to three activity log entries,
   * statuses, assignees and tickets spread over the last week.
   */
  static void generate(State state, int count, long seed, long now) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EC0DE);
    Store detections = state.store("detections");
    List<ObjectNode> devices = new ArrayList<>(state.store("devices").all());
    for (int i = 0; i < count; i++) {
      Kind kind = KINDS.get(random.nextInt(KINDS.size()));
      boolean security = kind.categories().get(0).equals("sec");
      long start = now - 60_000L - random.nextLong(7 * 86_400_000L);
      start -= Math.floorMod(start, 1000L);
      long end = Math.min(now, start + 60_000L + random.nextLong(3 * 3_600_000L));
      ObjectNode d = Json.object();
      d.put("appliance_id", 1);
      String status = STATUS_DRAW[random.nextInt(STATUS_DRAW.length)];
      d.put("assignee", status == null ? null : ASSIGNEES[random.nextInt(ASSIGNEES.length)]);
      ArrayNode categories = d.putArray("categories");
      kind.categories().forEach(categories::add);
      d.put("create_time", start + 1000);
      d.put("description", kind.title() + " seen on the network");
      d.put("start_time", start);
      d.put("end_time", end);
      d.put("is_user_created", false);
      ArrayNode tactics = d.putArray("mitre_tactics");
      ArrayNode techniques = d.putArray("mitre_techniques");
      if (kind.mitre().length == 4) {
        tactics.addObject().put("id", kind.mitre()[0]).put("name", kind.mitre()[1]);
        techniques.addObject().put("id", kind.mitre()[2]).put("name", kind.mitre()[3]);
      }
      ArrayNode participants = d.putArray("participants");
      participants.add(participant(1, "offender", devices, random));
      participants.add(participant(2, "victim", devices, random));
      d.putObject("properties").put("count", 1 + random.nextInt(500));
      d.put(
          "resolution",
          "closed".equals(status)
              ? (random.nextBoolean() ? "action_taken" : "no_action_taken")
              : null);
      if (security) {
        d.put("risk_score", 10 + random.nextInt(90));
      } else {
        d.putNull("risk_score");
      }
      d.put("status", status);
      d.put("ticket_id", random.nextInt(5) == 0 ? "SOC-" + (1000 + i) : null);
      d.putNull("ticket_url");
      d.put("title", kind.title());
      d.put("type", kind.type());
      d.put("update_time", end);
      d.put("recommended", security && random.nextInt(3) == 0);
      d.put("mod_time", Math.min(now, end + random.nextLong(1_800_000L)));
      ArrayNode log = d.putArray("activity_log");
      int entries = 1 + random.nextInt(3);
      long step = Math.max(1, (end - start) / entries);
      for (int e = 0; e < entries; e++) {
        ObjectNode entry = log.addObject();
        entry.put("start_time", start + e * step);
        entry.put("end_time", Math.min(end, start + (e + 1) * step));
        entry.set("participants", participants.deepCopy());
        entry.putObject("properties").put("count", 1 + random.nextInt(100));
      }
      detections.insert(d, now);
    }
  }

  private static ObjectNode participant(
      long id, String role, List<ObjectNode> devices, SplittableRandom random) {
    ObjectNode p = Json.object();
    p.put("id", id);
    p.put("role", role);
    if (!devices.isEmpty() && (role.equals("offender") || random.nextInt(3) > 0)) {
      ObjectNode device = devices.get(random.nextInt(devices.size()));
      p.put("object_type", "device");
      p.put("object_id", device.path("id").asLong());
      p.put("ipaddr", device.path("ipaddr4").asText(null));
      p.put("hostname", device.path("dns_name").asText(null));
      p.put("external", false);
    } else {
      String address = "203.0.113." + (1 + random.nextInt(254));
      p.put("object_type", "ipaddr");
      p.put("object_value", address);
      p.put("ipaddr", address);
      p.put("external", true);
    }
    return p;
  }

  // ---------------------------------------------------------------- answers

  /**
   * A detection as answered: without its activity log, or with it and without the top-level
   * participants and properties. A detection stored without a log gets one entry made of its
   * top-level fields.
   */
  static ObjectNode answer(ObjectNode stored, boolean activityLog) {
    ObjectNode out = stored.deepCopy();
    JsonNode log = out.remove("activity_log");
    if (activityLog) {
      if (log == null) {
        ArrayNode made = Json.array();
        ObjectNode entry = made.addObject();
        entry.set("start_time", stored.path("start_time"));
        entry.set("end_time", stored.path("end_time"));
        entry.set("participants", stored.path("participants").deepCopy());
        entry.set("properties", stored.path("properties").deepCopy());
        log = made;
      }
      out.remove("participants");
      out.remove("properties");
      out.set("activity_log", log);
    }
    return out;
  }

  private static boolean flag(Call call, String name) {
    String value = call.query(name);
    return value != null && (value.isEmpty() || value.equalsIgnoreCase("true"));
  }

  /** {@code GET /detections}: every detection, or {@code limit} of them. */
  static Handler list() {
    return call -> {
      int limit = call.queryInt("limit", Integer.MAX_VALUE);
      ArrayNode out = Json.array();
      for (ObjectNode d : call.state.store("detections").all()) {
        if (out.size() == limit) {
          break;
        }
        out.add(answer(d, false));
      }
      return FakeResponse.json(200, out);
    };
  }

  /** {@code GET /detections/{id}}, with {@code include_activity_log}. */
  static Handler get() {
    return call ->
        FakeResponse.json(
            200,
            answer(
                call.state.store("detections").require(call.id()),
                flag(call, "include_activity_log")));
  }

  /** {@code POST /detections/search}. */
  static Handler search() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      onlyFields(body, SEARCH_FIELDS, "detection search");
      long from = time(body, "from", call, false, 0);
      long until = time(body, "until", call, true, Long.MAX_VALUE);
      long modTime = time(body, "mod_time", call, false, Long.MIN_VALUE);
      long createTime = time(body, "create_time", call, false, Long.MIN_VALUE);
      long updateTime = time(body, "update_time", call, false, Long.MIN_VALUE);
      JsonNode filter = body.path("filter");
      if (!filter.isMissingNode() && !filter.isNull()) {
        if (!filter.isObject()) {
          throw ApiError.badRequest("Field filter must be an object of criteria");
        }
        onlyFields((ObjectNode) filter, CRITERIA, "detection filter");
      }
      boolean idOnly = bool(body, "id_only");
      boolean activityLog = bool(body, "include_activity_log");
      List<ObjectNode> matching = new ArrayList<>();
      for (ObjectNode d : call.state.store("detections").all()) {
        if (d.path("end_time").asLong() >= from
            && d.path("end_time").asLong() <= until
            && d.path("mod_time").asLong() >= modTime
            && d.path("create_time").asLong(d.path("start_time").asLong()) >= createTime
            && d.path("update_time").asLong() >= updateTime
            && matches(d, filter)) {
          matching.add(d);
        }
      }
      matching.sort(order(body.path("sort")));
      int offset = Call.count(body, "offset", 0);
      int limit = Call.count(body, "limit", idOnly ? 100 : 1000);
      ArrayNode out = Json.array();
      for (int i = offset; i < matching.size() && out.size() < limit; i++) {
        ObjectNode d = matching.get(i);
        if (idOnly) {
          out.add(d.path("id").longValue());
        } else {
          out.add(answer(d, activityLog));
        }
      }
      return FakeResponse.json(200, out);
    };
  }

  private static long time(ObjectNode body, String field, Call call, boolean zeroIsNow, long dflt) {
    return body.hasNonNull(field)
        ? Times.instant(body.get(field), call.now, zeroIsNow, field)
        : dflt;
  }

  private static boolean bool(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw ApiError.badRequest("Field " + field + " must be a boolean, was " + value);
    }
    return value.booleanValue();
  }

  private static void onlyFields(ObjectNode body, Set<String> allowed, String what) {
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name)) {
                throw ApiError.badRequest("Unknown field " + name + " in the " + what);
              }
            });
  }

  /** The order of {@code sort} ({@code [{"field", "direction"}]}), then by id. */
  private static Comparator<ObjectNode> order(JsonNode sort) {
    Comparator<ObjectNode> byId = Comparator.comparingLong(d -> d.path("id").asLong());
    if (sort.isMissingNode() || sort.isNull()) {
      // Most recently modified first, then by id.
      Comparator<ObjectNode> recent =
          Comparator.comparingLong((ObjectNode d) -> d.path("mod_time").asLong()).reversed();
      return recent.thenComparing(byId);
    }
    if (!sort.isArray()) {
      throw ApiError.badRequest("Field sort must be an array of {field, direction}");
    }
    Comparator<ObjectNode> order = null;
    for (JsonNode s : sort) {
      String field = s.path("field").asText("");
      String direction = s.path("direction").asText("asc");
      if (!s.isObject() || field.isEmpty()) {
        throw ApiError.badRequest("Each sort must be an object with a field");
      }
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw ApiError.badRequest("Sort direction must be asc or desc, was '" + direction + "'");
      }
      Comparator<ObjectNode> one = (a, b) -> compare(a.path(field), b.path(field));
      if (direction.equals("desc")) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    return order == null ? byId : order.thenComparing(byId);
  }

  /** Numbers by value, text by text; missing and null values after every other. */
  private static int compare(JsonNode a, JsonNode b) {
    boolean aNone = a.isMissingNode() || a.isNull();
    boolean bNone = b.isMissingNode() || b.isNull();
    if (aNone || bNone) {
      return Boolean.compare(aNone, bNone);
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.asDouble(), b.asDouble());
    }
    return a.asText().compareTo(b.asText());
  }

  static boolean matches(ObjectNode d, JsonNode filter) {
    if (filter.isMissingNode() || filter.isNull()) {
      return true;
    }
    if (filter.hasNonNull("risk_score_min")) {
      JsonNode min = filter.get("risk_score_min");
      if (!min.isIntegralNumber()) {
        throw ApiError.badRequest("Filter criterion risk_score_min must be an integer");
      }
      JsonNode score = d.path("risk_score");
      if (!score.isNumber() || score.asInt() < min.asInt()) {
        return false;
      }
    }
    if (filter.hasNonNull("recommended")) {
      if (!filter.get("recommended").isBoolean()) {
        throw ApiError.badRequest("Filter criterion recommended must be a boolean");
      }
      if (d.path("recommended").asBoolean(false) != filter.get("recommended").booleanValue()) {
        return false;
      }
    }
    if (filter.hasNonNull("category")
        && !Records.jsonValues(d, "categories").contains(filter.get("category").asText())) {
      return false;
    }
    for (Map.Entry<String, String> criterion :
        Map.of(
                "categories", "categories",
                "types", "type",
                "status", "status",
                "assignee", "assignee",
                "ticket_id", "ticket_id",
                "resolution", "resolution")
            .entrySet()) {
      JsonNode accepted = filter.path(criterion.getKey());
      if (accepted.isMissingNode() || accepted.isNull()) {
        continue;
      }
      if (!accepted.isArray()) {
        throw ApiError.badRequest("Filter criterion " + criterion.getKey() + " must be an array");
      }
      List<String> values = Records.jsonValues(d, criterion.getValue());
      boolean any = false;
      for (JsonNode value : accepted) {
        String wanted = value.asText();
        checkCriterionValue(criterion.getKey(), wanted);
        if (wanted.equals(".none")) {
          any |= values.isEmpty();
        } else if (wanted.equals(".me") && criterion.getKey().equals("assignee")) {
          any |= values.contains(ME);
        } else {
          any |= values.contains(wanted);
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static void checkCriterionValue(String criterion, String value) {
    if (value.equals(".none")) {
      return;
    }
    Set<String> known =
        switch (criterion) {
          case "status" -> STATUSES;
          case "resolution" -> RESOLUTIONS;
          default -> null;
        };
    if (known != null && !known.contains(value)) {
      throw ApiError.badRequest(
          "Filter criterion "
              + criterion
              + " must hold "
              + known
              + " or .none, was '"
              + value
              + "'");
    }
  }

  /** {@code PATCH /detections/{id}}: status, assignee, resolution, ticket and participants. */
  static Handler patch() {
    return call -> {
      Store store = call.state.store("detections");
      ObjectNode existing = store.require(call.id());
      ObjectNode body = call.bodyObject();
      onlyFields(body, PATCH_FIELDS, "detection update");
      ObjectNode changed = existing.deepCopy();
      applyTracking(changed, body);
      JsonNode participants = body.path("participants");
      if (!participants.isMissingNode() && !participants.isNull()) {
        if (!participants.isArray()) {
          throw ApiError.badRequest("Field participants must be an array");
        }
        for (JsonNode p : participants) {
          ObjectNode target = participant(changed, p.path("id"));
          p.properties()
              .forEach(
                  field -> {
                    if (!field.getKey().equals("id")) {
                      target.set(field.getKey(), field.getValue());
                    }
                  });
        }
      }
      changed.put("mod_time", call.now);
      store.replace(store.keyOf(existing), changed);
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode participant(ObjectNode detection, JsonNode id) {
    if (!id.isIntegralNumber()) {
      throw ApiError.badRequest("Each participant must carry its id; participants cannot be added");
    }
    for (JsonNode p : detection.path("participants")) {
      if (p.path("id").asLong() == id.asLong()) {
        return (ObjectNode) p;
      }
    }
    throw ApiError.badRequest(
        "No participant " + id + " in detection " + detection.path("id") + "; none can be added");
  }

  /** Sets status, assignee, resolution and ticket_id from a body, checking their values. */
  private static void applyTracking(ObjectNode target, ObjectNode body) {
    enumField(body, "status", STATUSES);
    enumField(body, "resolution", RESOLUTIONS);
    for (String field : List.of("assignee", "ticket_id")) {
      JsonNode value = body.path(field);
      if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
        throw ApiError.badRequest("Field " + field + " must be a string or null");
      }
    }
    for (String field : List.of("status", "resolution", "assignee", "ticket_id")) {
      if (body.has(field)) {
        target.set(field, body.get(field));
      }
    }
  }

  private static void enumField(ObjectNode body, String field, Set<String> allowed) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (!value.isTextual() || !allowed.contains(value.asText())) {
      throw ApiError.badRequest(
          "Field " + field + " must be one of " + allowed + " or null, was " + value);
    }
  }

  /** {@code GET /detections/{id}/notes}. */
  static Handler notesGet() {
    return call -> {
      String path = notesPath(call);
      JsonNode notes = call.state.documents.get(path);
      return FakeResponse.json(
          200, notes != null ? notes : Json.object().set("note", NullNode.getInstance()));
    };
  }

  /** {@code PUT /detections/{id}/notes}: {@code {"note": text}}; 204. */
  static Handler notesPut() {
    return call -> {
      String path = notesPath(call);
      ObjectNode body = call.bodyObject();
      onlyFields(body, Set.of("note"), "detection notes");
      JsonNode note = body.path("note");
      if (!note.isMissingNode() && !note.isNull() && !note.isTextual()) {
        throw ApiError.badRequest("Field note must be a string");
      }
      ObjectNode stored = Json.object();
      stored.set("note", note.isMissingNode() ? NullNode.getInstance() : note);
      call.state.documents.put(path, stored);
      return FakeResponse.empty(204);
    };
  }

  /** {@code DELETE /detections/{id}/notes}: 204. */
  static Handler notesDelete() {
    return call -> {
      call.state.documents.remove(notesPath(call));
      return FakeResponse.empty(204);
    };
  }

  private static String notesPath(Call call) {
    Store store = call.state.store("detections");
    return "/detections/" + store.keyOf(store.require(call.id())) + "/notes";
  }

  /**
   * {@code GET /detections/{id}/related?from=..&until=..}: the other detections in the window that
   * share a participant with this one.
   */
  static Handler related() {
    return call -> {
      ObjectNode detection = call.state.store("detections").require(call.id());
      String fromText = call.query("from");
      String untilText = call.query("until");
      if (fromText == null || untilText == null) {
        throw ApiError.badRequest("Query parameters from and until are required");
      }
      long from = Times.instant(fromText, call.now, false, "from");
      long until = Times.instant(untilText, call.now, true, "until");
      Set<String> objects = participantKeys(detection);
      ArrayNode out = Json.array();
      for (ObjectNode other : call.state.store("detections").all()) {
        if (other.path("id").asLong() == detection.path("id").asLong()
            || other.path("end_time").asLong() < from
            || other.path("start_time").asLong() > until) {
          continue;
        }
        Set<String> shared = participantKeys(other);
        shared.retainAll(objects);
        if (!shared.isEmpty()) {
          out.add(answer(other, false));
        }
      }
      return FakeResponse.json(200, out);
    };
  }

  private static Set<String> participantKeys(ObjectNode detection) {
    Set<String> keys = new java.util.HashSet<>();
    for (JsonNode p : detection.path("participants")) {
      keys.add(
          p.path("object_type").asText()
              + ":"
              + (p.hasNonNull("object_id")
                  ? p.path("object_id").asText()
                  : p.path("object_value").asText()));
    }
    return keys;
  }

  /** {@code GET /detections/{id}/investigations}: the investigations holding the detection. */
  static Handler investigations() {
    return call -> {
      long id = call.state.store("detections").require(call.id()).path("id").asLong();
      ArrayNode out = Json.array();
      for (ObjectNode investigation : call.state.store("investigations").all()) {
        for (JsonNode eventId : investigation.path("event_ids")) {
          if (eventId.asLong() == id) {
            out.add(investigation);
            break;
          }
        }
      }
      return FakeResponse.json(200, out);
    };
  }

  /**
   * {@code PATCH /detections/tickets}: an array of tickets, each {@code {"ticket_id", "status",
   * "assignee", "resolution"}}, applied to every detection the ticket tracks; 204.
   */
  static Handler tickets() {
    return call -> {
      JsonNode body = call.body();
      if (!body.isArray() || body.isEmpty()) {
        throw ApiError.badRequest("Request body must be a non-empty array of tickets");
      }
      for (JsonNode ticket : body) {
        if (!ticket.isObject() || !ticket.path("ticket_id").isTextual()) {
          throw ApiError.badRequest("Each ticket must be an object with a ticket_id string");
        }
        onlyFields((ObjectNode) ticket, TICKET_FIELDS, "ticket");
        enumField((ObjectNode) ticket, "status", STATUSES);
        enumField((ObjectNode) ticket, "resolution", RESOLUTIONS);
      }
      Store store = call.state.store("detections");
      for (JsonNode ticket : body) {
        String ticketId = ticket.get("ticket_id").asText();
        for (String key : store.keys()) {
          ObjectNode d = store.require(key);
          if (ticketId.equals(d.path("ticket_id").asText(null))) {
            ObjectNode changed = d.deepCopy();
            applyTracking(changed, (ObjectNode) ticket);
            changed.put("mod_time", call.now);
            store.replace(key, changed);
          }
        }
      }
      return FakeResponse.empty(204);
    };
  }

  // ---------------------------------------------------------------- formats

  /** {@code GET /detections/formats/{type}}, with {@code built_in_only}. */
  static Handler formatGet() {
    return call -> {
      ObjectNode format = call.state.store(FORMATS).require(call.id());
      if (flag(call, "built_in_only") && !format.path("is_built_in").asBoolean()) {
        throw ApiError.notFound("No built-in detection format " + call.id());
      }
      return FakeResponse.json(200, format);
    };
  }

  /** {@code POST /detections/formats}: 201 with the type in {@code Location}. */
  static Handler formatCreate() {
    return call -> {
      Store store = call.state.store(FORMATS);
      ObjectNode body = call.bodyObject();
      onlyFields(body, FORMAT_FIELDS, "detection format");
      String type = body.path("type").asText("");
      if (!type.matches("[A-Za-z0-9_]+")) {
        throw ApiError.badRequest(
            "Field type must only contain letters, digits and underscores, was '" + type + "'");
      }
      checkFormat(body);
      ObjectNode format = Crud.prepareCreate(store.spec(), body, call.now);
      format.put("is_built_in", false);
      String key = store.insert(format, call.now);
      return Crud.created(Crud.API_PREFIX + "/detections/formats/" + key);
    };
  }

  private static void checkFormat(ObjectNode body) {
    JsonNode categories = body.path("categories");
    if (!categories.isMissingNode() && !categories.isNull()) {
      if (!categories.isArray() || categories.size() > 1) {
        throw ApiError.badRequest("A custom detection format takes a list of one category");
      }
    }
  }

  /** {@code PATCH /detections/formats/{type}}: custom formats only; 204. */
  static Handler formatPatch() {
    return call -> {
      Store store = call.state.store(FORMATS);
      ObjectNode existing = customFormat(store, call.id());
      ObjectNode body = call.bodyObject();
      onlyFields(
          body, Set.of("author", "categories", "display_name", "mitre_categories"), "update");
      checkFormat(body);
      store.replace(store.keyOf(existing), Crud.merge(store.spec(), existing, body, call.now));
      return FakeResponse.empty(204);
    };
  }

  /** {@code DELETE /detections/formats/{type}}: custom formats only; 204. */
  static Handler formatDelete() {
    return call -> {
      Store store = call.state.store(FORMATS);
      call.state.delete(FORMATS, store.keyOf(customFormat(store, call.id())));
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode customFormat(Store store, String type) {
    ObjectNode format = store.require(type);
    if (format.path("is_built_in").asBoolean()) {
      throw ApiError.badRequest("Built-in detection format " + type + " cannot be changed");
    }
    return format;
  }

  // ---------------------------------------------------------------- tuning rules

  /** {@code POST /detections/rules/hiding}: 201 with the new id in {@code Location}. */
  static Handler ruleCreate() {
    return call -> {
      Store store = call.state.store(RULES);
      ObjectNode rule = checkedRule(call.bodyObject(), true);
      String key = store.insert(Crud.prepareCreate(store.spec(), rule, call.now), call.now);
      return Crud.created(Crud.API_PREFIX + "/detections/rules/hiding/" + key);
    };
  }

  /** {@code PATCH /detections/rules/hiding/{id}}: 204. */
  static Handler rulePatch() {
    return call -> {
      Store store = call.state.store(RULES);
      ObjectNode existing = store.require(call.id());
      ObjectNode body = checkedRule(call.bodyObject(), false);
      store.replace(store.keyOf(existing), Crud.merge(store.spec(), existing, body, call.now));
      return FakeResponse.empty(204);
    };
  }

  /**
   * A rule body checked: offender and victim {@code "Any"} or a participant object, an expiration
   * of epoch milliseconds (0 or null: never); the deprecated {@code detection_type} joins {@code
   * detection_types}.
   */
  private static ObjectNode checkedRule(ObjectNode body, boolean create) {
    onlyFields(body, RULE_FIELDS, "tuning rule");
    ObjectNode rule = body.deepCopy();
    for (String role : List.of("offender", "victim")) {
      JsonNode value = rule.path(role);
      if (value.isMissingNode() || value.isNull()) {
        if (create) {
          throw ApiError.badRequest("Field " + role + " is required");
        }
        continue;
      }
      boolean any = value.isTextual() && value.asText().equals("Any");
      if (!any && !(value.isObject() && value.path("object_type").isTextual())) {
        throw ApiError.badRequest(
            "Field " + role + " must be \"Any\" or an object with an object_type");
      }
    }
    if (create && !rule.has("expiration")) {
      throw ApiError.badRequest("Field expiration is required (0 or null: never expires)");
    }
    JsonNode expiration = rule.path("expiration");
    if (!expiration.isMissingNode()
        && !expiration.isNull()
        && (!expiration.isIntegralNumber() || expiration.asLong() < 0)) {
      throw ApiError.badRequest("Field expiration must be epoch milliseconds, 0 or null");
    }
    JsonNode single = rule.remove("detection_type");
    if (single != null && single.isTextual()) {
      ArrayNode types =
          rule.path("detection_types").isArray()
              ? (ArrayNode) rule.get("detection_types")
              : rule.putArray("detection_types");
      types.add(single.asText());
    }
    return rule;
  }

  /**
   * {@code POST /detections/rules/hiding/preview} (firmware 26.3): {@code {"rule": {..},
   * "log_preview_limit": n}} with n from 1 to 5000; answers {@code {"total", "results"}}, the
   * detection log entries the rule would hide.
   */
  static Handler rulePreview() {
    return call -> {
      ObjectNode body = call.bodyObject();
      onlyFields(body, Set.of("rule", "log_preview_limit"), "tuning rule preview");
      if (!body.path("rule").isObject()) {
        throw ApiError.badRequest("Field rule is required and must be an object");
      }
      ObjectNode rule = checkedRule((ObjectNode) body.get("rule"), true);
      int limit = Call.count(body, "log_preview_limit", 100);
      if (limit < 1 || limit > MAX_PREVIEW_LIMIT) {
        throw ApiError.badRequest(
            "Field log_preview_limit must be between 1 and " + MAX_PREVIEW_LIMIT);
      }
      List<String> types = new ArrayList<>();
      rule.path("detection_types").forEach(t -> types.add(t.asText()));
      ArrayNode results = Json.array();
      long total = 0;
      for (ObjectNode d : call.state.store("detections").all()) {
        if ((!types.isEmpty() && !types.contains(d.path("type").asText()))
            || !participantMatches(d, "offender", rule.path("offender"))
            || !participantMatches(d, "victim", rule.path("victim"))) {
          continue;
        }
        for (JsonNode entry : answer(d, true).path("activity_log")) {
          total++;
          if (results.size() < limit) {
            ObjectNode result = results.addObject();
            result.set("detection_id", d.path("id"));
            result.set("type", d.path("type"));
            result.set("start_time", entry.path("start_time"));
            result.set("end_time", entry.path("end_time"));
            result.set("participants", entry.path("participants"));
          }
        }
      }
      ObjectNode answer = Json.object();
      answer.put("total", total);
      answer.set("results", results);
      return FakeResponse.json(200, answer);
    };
  }

  private static boolean participantMatches(ObjectNode detection, String role, JsonNode wanted) {
    if (wanted.isTextual()) {
      return true; // "Any"
    }
    for (JsonNode p : detection.path("participants")) {
      if (!p.path("role").asText().equals(role)
          || !p.path("object_type").asText().equals(wanted.path("object_type").asText())) {
        continue;
      }
      boolean same =
          wanted.has("object_id")
              ? p.path("object_id").asLong() == wanted.path("object_id").asLong()
              : p.path("object_value").asText().equals(wanted.path("object_value").asText());
      if (same) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- investigations

  /**
   * {@code POST /investigations/search}: {@code {"creation_time", "update_time",
   * "is_user_created"}}, each optional.
   */
  static Handler investigationSearch() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      onlyFields(
          body, Set.of("creation_time", "update_time", "is_user_created"), "investigation search");
      long created = time(body, "creation_time", call, false, Long.MIN_VALUE);
      long updated = time(body, "update_time", call, false, Long.MIN_VALUE);
      JsonNode userCreated = body.path("is_user_created");
      ArrayNode out = Json.array();
      for (ObjectNode i : call.state.store("investigations").all()) {
        long lastUpdate = Math.max(i.path("update_time").asLong(), i.path("mod_time").asLong());
        if (i.path("creation_time").asLong() >= created
            && lastUpdate >= updated
            && (!userCreated.isBoolean()
                || i.path("is_user_created").asBoolean() == userCreated.booleanValue())) {
          out.add(i);
        }
      }
      return FakeResponse.json(200, out);
    };
  }

  /** The checks of an investigation after create or patch. */
  static void checkInvestigation(ObjectNode investigation) {
    enumField(investigation, "status", Set.of("open", "in_progress", "closed"));
    enumField(
        investigation,
        "assessment",
        Set.of("malicious_true_positive", "benign_true_positive", "false_positive", "undecided"));
    JsonNode ids = investigation.path("event_ids");
    if (!ids.isMissingNode() && !ids.isNull()) {
      if (!ids.isArray()) {
        throw ApiError.badRequest("Field event_ids must be an array of detection ids");
      }
      for (JsonNode id : ids) {
        if (!id.isIntegralNumber() || id.asLong() <= 0) {
          throw ApiError.badRequest("Field event_ids must hold positive detection ids, was " + id);
        }
      }
    }
  }
}
