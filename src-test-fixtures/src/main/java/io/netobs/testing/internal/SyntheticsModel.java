package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state and behaviour of the synthetics v202309 API in the fake Kentik: three seeded agents,
 * tests and agent alerts kept in memory, and results and traces computed from the test's settings
 * and the requested window alone, so the same request always gets the same answer. Answers use the
 * gateway's wrappers and types (int64 values as JSON strings, times as RFC 3339 strings); refusals
 * are {@link ApiError}s, which the API turns into the gateway's error shape. Thread-safe. Not part
 * of the public API.
 */
public final class SyntheticsModel {
  /** The test states the gateway accepts. */
  static final Set<String> TEST_STATUSES =
      Set.of(
          "TEST_STATUS_UNSPECIFIED",
          "TEST_STATUS_ACTIVE",
          "TEST_STATUS_PAUSED",
          "TEST_STATUS_DELETED",
          "TEST_STATUS_PREVIEW");

  /** Results of a request are cut at this many points per test, as a guard against huge windows. */
  static final int MAX_POINTS = 1440;

  private final Clock clock;
  private final Map<String, ObjectNode> agents = new LinkedHashMap<>();
  private final Map<String, ObjectNode> tests = new LinkedHashMap<>();
  private final Map<String, ObjectNode> alerts = new LinkedHashMap<>();
  private long nextTestId;
  private long nextAlertId;

  /** A model with the seeded agents, reading times from {@code clock}. */
  public SyntheticsModel(Clock clock) {
    this.clock = clock;
    reset();
  }

  /** Forgets every test and alert and brings the seeded agents back. */
  public synchronized void reset() {
    agents.clear();
    tests.clear();
    alerts.clear();
    nextTestId = 3001;
    nextAlertId = 501;
    agents.put("1001", agent("1001", "akl-global", "global", "203.0.113.10", -36.85, 174.76, 9500));
    agents.put("1002", agent("1002", "syd-global", "global", "203.0.113.20", -33.87, 151.21, 1221));
    agents.put(
        "2001", agent("2001", "office-private", "private", "198.51.100.5", -41.29, 174.78, 64512));
  }

  private static ObjectNode agent(
      String id, String alias, String type, String ip, double lat, double lon, long asn) {
    ObjectNode a = Json.object();
    a.put("id", id);
    a.put("siteName", alias + " site");
    a.put("status", "AGENT_STATUS_OK");
    a.put("alias", alias);
    a.put("type", type);
    a.put("os", "Linux");
    a.put("ip", ip);
    a.put("lat", lat);
    a.put("long", lon);
    a.put("lastAuthed", "2026-01-01T00:00:00Z");
    a.put("family", "IP_FAMILY_DUAL");
    a.put("asn", Long.toString(asn));
    a.put("siteId", "77");
    a.put("version", "1.2.3");
    a.put("city", "Auckland");
    a.put("region", "Auckland");
    a.put("country", "NZ");
    a.putArray("testIds");
    a.put("localIp", "10.0.0." + id.substring(id.length() - 1));
    a.put("cloudRegion", "");
    a.put("cloudProvider", "");
    a.put("agentImpl", "IMPLEMENT_TYPE_RUST");
    a.putArray("labels").add("seeded");
    ObjectNode metadata = a.putObject("metadata");
    metadata.putArray("privateIpv4Addresses").addObject().put("value", "10.0.0.1");
    metadata.putArray("publicIpv4Addresses").addObject().put("value", ip);
    metadata.putArray("privateIpv6Addresses");
    metadata.putArray("publicIpv6Addresses");
    return a;
  }

  /** {@code GET /agents}. */
  public synchronized FakeResponse listAgents() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("agents");
    agents.values().forEach(a -> list.add(a.deepCopy()));
    body.put("invalidCount", "0");
    return FakeResponse.json(200, body);
  }

  /** {@code GET /agents/{id}}. */
  public synchronized FakeResponse getAgent(String id) {
    return wrapped("agent", find(agents, id, "agent"));
  }

  /** {@code PUT /agents/{id}}: the body's agent replaces the stored one; its id stays. */
  public synchronized FakeResponse updateAgent(String id, JsonNode body) {
    ObjectNode old = find(agents, id, "agent");
    ObjectNode agent = object(body, "agent");
    if (agent.hasNonNull("id") && !id.equals(Json.scalarText(agent.get("id")))) {
      throw ApiError.badRequest("agent.id in the body differs from the path");
    }
    ObjectNode updated = old.deepCopy();
    updated.setAll(agent);
    updated.put("id", id);
    agents.put(id, updated);
    return wrapped("agent", updated);
  }

  /** {@code DELETE /agents/{id}}. */
  public synchronized FakeResponse deleteAgent(String id) {
    find(agents, id, "agent");
    agents.remove(id);
    return FakeResponse.json(200, Json.object());
  }

  /** {@code GET /tests}. */
  public synchronized FakeResponse listTests() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("tests");
    tests.values().forEach(t -> list.add(t.deepCopy()));
    body.put("invalidCount", "0");
    return FakeResponse.json(200, body);
  }

  /** {@code GET /tests/{id}}. */
  public synchronized FakeResponse getTest(String id) {
    return wrapped("test", find(tests, id, "test"));
  }

  /** {@code POST /tests}: name and type required; the answer carries the id and times. */
  public synchronized FakeResponse createTest(JsonNode body) {
    ObjectNode test = checkedTest(body).deepCopy();
    String id = Long.toString(nextTestId++);
    String now = clock.instant().toString();
    test.put("id", id);
    if (!test.hasNonNull("status")) {
      test.put("status", "TEST_STATUS_ACTIVE");
    }
    test.put("cdate", now);
    test.put("edate", now);
    test.set("createdBy", user());
    test.putNull("lastUpdatedBy");
    if (!test.has("labels")) {
      test.putArray("labels");
    }
    tests.put(id, test);
    return wrapped("test", test);
  }

  /** {@code PUT /tests/{id}}: the body's test replaces the stored one, id and creation kept. */
  public synchronized FakeResponse updateTest(String id, JsonNode body) {
    ObjectNode old = find(tests, id, "test");
    ObjectNode test = checkedTest(body).deepCopy();
    if (test.hasNonNull("id") && !id.equals(Json.scalarText(test.get("id")))) {
      throw ApiError.badRequest("test.id in the body differs from the path");
    }
    test.put("id", id);
    test.set("cdate", old.get("cdate"));
    test.set("createdBy", old.get("createdBy"));
    test.put("edate", clock.instant().toString());
    test.set("lastUpdatedBy", user());
    if (!test.hasNonNull("status")) {
      test.set("status", old.get("status"));
    }
    tests.put(id, test);
    return wrapped("test", test);
  }

  /** {@code DELETE /tests/{id}}. */
  public synchronized FakeResponse deleteTest(String id) {
    find(tests, id, "test");
    tests.remove(id);
    return FakeResponse.json(200, Json.object());
  }

  /** {@code PUT /tests/{id}/status}: one of the gateway's test states. */
  public synchronized FakeResponse setTestStatus(String id, JsonNode body) {
    ObjectNode test = find(tests, id, "test");
    String status = body == null ? null : Json.scalarText(body.get("status"));
    if (status == null || !TEST_STATUSES.contains(status)) {
      throw ApiError.badRequest("invalid value for enum field status: " + status);
    }
    test.put("status", status);
    test.put("edate", clock.instant().toString());
    return FakeResponse.json(200, Json.object());
  }

  /**
   * {@code POST /results}: for each known test of {@code ids}, one entry per period (the test's
   * {@code period}, 60 s by default) from {@code startTime} to {@code endTime} (start aligned up to
   * the period, end excluded), each with the test's agents (those of {@code agentIds} when given)
   * and a ping task whose latency, jitter and loss come from the test, agent and time alone.
   */
  public synchronized FakeResponse results(JsonNode body) {
    ObjectNode answer = Json.object();
    ArrayNode results = answer.putArray("results");
    for (Point p : points(body)) {
      ObjectNode entry = results.addObject();
      entry.put("testId", p.testId);
      entry.put("time", p.time.toString());
      String worst = "healthy";
      ArrayNode agentResults = entry.putArray("agents");
      for (String agentId : p.agentIds) {
        long latency = latencyMicros(p.testId, agentId, p.time);
        long jitter = latency / 10;
        double loss = latency % 7 == 0 ? 5.0 : 0.0;
        String health = latency > 150_000 ? "critical" : latency > 100_000 ? "warning" : "healthy";
        worst = worse(worst, health);
        ObjectNode agent = agentResults.addObject();
        agent.put("agentId", agentId);
        agent.put("health", health);
        ObjectNode task = agent.putArray("tasks").addObject();
        ObjectNode ping = task.putObject("ping");
        ping.put("target", p.target);
        ping.putObject("packetLoss").put("current", loss).put("health", "healthy");
        metric(ping.putObject("latency"), latency, health);
        metric(ping.putObject("jitter"), jitter, "healthy");
        ping.put("dstIp", p.target);
        task.put("health", health);
      }
      entry.put("health", worst);
    }
    return FakeResponse.json(200, answer);
  }

  /** {@code POST /results/csv}: the rows of {@link #results} as a base64 CSV file. */
  public synchronized FakeResponse resultsCsv(JsonNode body) {
    StringBuilder csv = new StringBuilder("time,test_id,agent_id,latency_us\n");
    for (Point p : points(body)) {
      for (String agentId : p.agentIds) {
        csv.append(p.time)
            .append(',')
            .append(p.testId)
            .append(',')
            .append(agentId)
            .append(',')
            .append(latencyMicros(p.testId, agentId, p.time))
            .append('\n');
      }
    }
    ObjectNode answer = Json.object();
    answer.put("contentType", "text/csv");
    answer.put(
        "data",
        Base64.getEncoder().encodeToString(csv.toString().getBytes(StandardCharsets.UTF_8)));
    return FakeResponse.json(200, answer);
  }

  /**
   * {@code POST /trace}: for each agent of the test (those of {@code agentIds} when given) one path
   * to the test's target through two routers, all nodes in {@code nodes} by id.
   */
  public synchronized FakeResponse trace(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    String id = Json.scalarText(body.get("id"));
    if (id == null || id.isBlank()) {
      throw ApiError.badRequest("id is required");
    }
    ObjectNode test = find(tests, id, "test");
    instant(body, "startTime");
    Instant end = instant(body, "endTime");
    String target = target(test);
    ObjectNode answer = Json.object();
    ObjectNode nodes = answer.putObject("nodes");
    ArrayNode paths = answer.putArray("paths");
    node(nodes, "n-core", "192.0.2.1", 64500);
    node(nodes, "n-edge", "192.0.2.2", 64501);
    node(nodes, "n-target", target, 64502);
    for (String agentId : agentIds(test, body)) {
      ObjectNode agent = agents.get(agentId);
      String agentNode = "n-agent-" + agentId;
      node(nodes, agentNode, agent == null ? "0.0.0.0" : agent.path("ip").asText(), 64499);
      ObjectNode path = paths.addObject();
      path.put("agentId", agentId);
      path.put("targetIp", target);
      path.putObject("hopCount").put("average", 4).put("min", 4).put("max", 4);
      path.put("maxAsPathLength", 4);
      ObjectNode route = path.putArray("traces").addObject();
      route.putArray("asPath").add(64499).add(64500).add(64501).add(64502);
      route.put("isComplete", true);
      ArrayNode hops = route.putArray("hops");
      long base = latencyMicros(id, agentId, end) / 4;
      String[] ids = {agentNode, "n-core", "n-edge", "n-target"};
      for (int i = 0; i < ids.length; i++) {
        hops.addObject().put("latency", (int) (base * (i + 1))).put("nodeId", ids[i]);
      }
      path.put("time", end.toString());
    }
    return FakeResponse.json(200, answer);
  }

  /** {@code GET /agentAlerts}, limited to the agents of the {@code agentIds} parameters if any. */
  public synchronized FakeResponse listAgentAlerts(List<String> agentIds) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("agentAlerts");
    for (ObjectNode alert : alerts.values()) {
      if (agentIds == null
          || agentIds.isEmpty()
          || agentIds.contains(alert.path("agentId").asText())) {
        list.add(alert.deepCopy());
      }
    }
    return FakeResponse.json(200, body);
  }

  /** {@code GET /agentAlerts/{id}}. */
  public synchronized FakeResponse getAgentAlert(String id) {
    return wrapped("agentAlert", find(alerts, id, "agent alert"));
  }

  /** {@code POST /agentAlerts}: a bare body naming a known agent and a threshold. */
  public synchronized FakeResponse createAgentAlert(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    String agentId = Json.scalarText(body.get("agentId"));
    if (agentId == null || agentId.isBlank()) {
      throw ApiError.badRequest("agentId is required");
    }
    ObjectNode agent = agents.get(agentId);
    if (agent == null) {
      throw ApiError.notFound("agent " + agentId + " not found");
    }
    String id = Long.toString(nextAlertId++);
    ObjectNode alert = Json.object();
    alert.put("id", id);
    alert.put("thresholdSeconds", threshold(body));
    alert.set("notificationChannelIds", channels(body));
    alert.put("agentId", agentId);
    alert.put("agentName", agent.path("alias").asText());
    alerts.put(id, alert);
    return wrapped("agentAlert", alert);
  }

  /** {@code PUT /agentAlerts/{id}}: changes the threshold and channels sent. */
  public synchronized FakeResponse updateAgentAlert(String id, JsonNode body) {
    ObjectNode alert = find(alerts, id, "agent alert");
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    if (body.has("thresholdSeconds")) {
      alert.put("thresholdSeconds", threshold(body));
    }
    if (body.has("notificationChannelIds")) {
      alert.set("notificationChannelIds", channels(body));
    }
    return wrapped("agentAlert", alert);
  }

  /** {@code DELETE /agentAlerts/{id}}. */
  public synchronized FakeResponse deleteAgentAlert(String id) {
    find(alerts, id, "agent alert");
    alerts.remove(id);
    return FakeResponse.json(200, Json.object());
  }

  /** The tests as stored, for assertions. */
  public synchronized ArrayNode testsJson() {
    ArrayNode list = Json.array();
    tests.values().forEach(t -> list.add(t.deepCopy()));
    return list;
  }

  private record Point(String testId, Instant time, List<String> agentIds, String target) {}

  private List<Point> points(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    JsonNode ids = body.get("ids");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw ApiError.badRequest("ids must name at least one test");
    }
    Instant start = instant(body, "startTime");
    Instant end = instant(body, "endTime");
    if (!end.isAfter(start)) {
      throw ApiError.badRequest("endTime must be after startTime");
    }
    List<Point> points = new ArrayList<>();
    for (JsonNode idNode : ids) {
      String id = idNode.asText();
      ObjectNode test = tests.get(id);
      if (test == null) {
        continue;
      }
      long period = Math.max(1, test.path("settings").path("period").asLong(60));
      long first = Math.floorDiv(start.getEpochSecond() + period - 1, period) * period;
      List<String> agentIds = agentIds(test, body);
      String target = target(test);
      int count = 0;
      for (long t = first; t < end.getEpochSecond() && count < MAX_POINTS; t += period, count++) {
        points.add(new Point(id, Instant.ofEpochSecond(t), agentIds, target));
      }
    }
    return points;
  }

  private static List<String> agentIds(ObjectNode test, JsonNode body) {
    Set<String> wanted = new LinkedHashSet<>();
    body.path("agentIds").forEach(n -> wanted.add(n.asText()));
    List<String> ids = new ArrayList<>();
    for (JsonNode n : test.path("settings").path("agentIds")) {
      if (wanted.isEmpty() || wanted.contains(n.asText())) {
        ids.add(n.asText());
      }
    }
    return ids;
  }

  private static String target(ObjectNode test) {
    JsonNode settings = test.path("settings");
    JsonNode ipTargets = settings.path("ip").path("targets");
    if (ipTargets.isArray() && !ipTargets.isEmpty()) {
      return ipTargets.get(0).asText();
    }
    return "192.0.2.100";
  }

  /** A latency from 20 ms to 180 ms, a function of the test, agent and time only. */
  static long latencyMicros(String testId, String agentId, Instant time) {
    long h = (testId + "/" + agentId + "/" + time.getEpochSecond()).hashCode() & 0x7fffffffL;
    return 20_000 + (h % 160_000);
  }

  private static String worse(String a, String b) {
    List<String> order = List.of("healthy", "warning", "critical");
    return order.indexOf(b) > order.indexOf(a) ? b : a;
  }

  private static void metric(ObjectNode node, long value, String health) {
    node.put("current", Long.toString(value));
    node.put("rollingAvg", Long.toString(value));
    node.put("rollingStddev", "0");
    node.put("health", health);
  }

  private static void node(ObjectNode nodes, String id, String ip, long asn) {
    ObjectNode n = nodes.putObject(id);
    n.put("ip", ip);
    n.put("asn", Long.toString(asn));
    n.put("asName", "AS" + asn);
    n.putObject("location").put("latitude", -36.85).put("longitude", 174.76).put("country", "NZ");
    n.put("dnsName", "");
  }

  private static ObjectNode checkedTest(JsonNode body) {
    ObjectNode test = object(body, "test");
    for (String field : List.of("name", "type")) {
      String value = Json.scalarText(test.get(field));
      if (value == null || value.isBlank()) {
        throw ApiError.badRequest("test." + field + " is required");
      }
    }
    if (test.hasNonNull("status") && !TEST_STATUSES.contains(test.get("status").asText())) {
      throw ApiError.badRequest(
          "invalid value for enum field status: " + test.get("status").asText());
    }
    return test;
  }

  private static ObjectNode object(JsonNode body, String wrapper) {
    if (body == null || !body.isObject() || !body.path(wrapper).isObject()) {
      throw ApiError.badRequest("the body must be {\"" + wrapper + "\": {...}}");
    }
    return (ObjectNode) body.get(wrapper);
  }

  private static Instant instant(JsonNode body, String field) {
    String text = Json.scalarText(body.get(field));
    if (text == null) {
      throw ApiError.badRequest(field + " is required");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(field + " is not an RFC 3339 time: " + text);
    }
  }

  private static String threshold(JsonNode body) {
    JsonNode value = body.get("thresholdSeconds");
    if (value == null || !(value.canConvertToLong() || value.asText().matches("\\d+"))) {
      throw ApiError.badRequest("thresholdSeconds is required and must be a whole number");
    }
    long seconds = value.isNumber() ? value.asLong() : Long.parseLong(value.asText());
    if (seconds < 0) {
      throw ApiError.badRequest("thresholdSeconds must not be negative");
    }
    return Long.toString(seconds);
  }

  private static ArrayNode channels(JsonNode body) {
    ArrayNode channels = Json.array();
    body.path("notificationChannelIds").forEach(n -> channels.add(n.asText()));
    return channels;
  }

  private static ObjectNode user() {
    ObjectNode user = Json.object();
    user.put("id", "144");
    user.put("email", "user@example.com");
    user.put("fullName", "Fake User");
    return user;
  }

  private static ObjectNode find(Map<String, ObjectNode> map, String id, String what) {
    ObjectNode found = map.get(id);
    if (found == null) {
      throw ApiError.notFound(what + " " + id + " not found");
    }
    return found;
  }

  private static FakeResponse wrapped(String wrapper, ObjectNode value) {
    ObjectNode body = Json.object();
    body.set(wrapper, value.deepCopy());
    return FakeResponse.json(200, body);
  }
}
