package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the appliance observes about devices beyond the device object: DNS names, addresses
 * (including the associations other systems report through {@code POST
 * /observations/associatedipaddrs}) and software, and the analysis priority of a sensor.
 */
final class Inventory {
  /** Where accepted IP address associations are kept, as an array of observations. */
  static final String ASSOCIATIONS = "/observations/associatedipaddrs";

  private static final Set<String> RULE_TYPES = Set.of("device_group", "activity_group");

  /** The software the fake's network runs: id, type, name, version. */
  private static final List<String[]> SOFTWARE =
      List.of(
          new String[] {"os-windows-11", "os", "Windows", "11"},
          new String[] {"os-windows-server-2022", "os", "Windows Server", "2022"},
          new String[] {"os-macos-15", "os", "macOS", "15.1"},
          new String[] {"os-linux-6", "os", "Linux", "6.8"},
          new String[] {"http-nginx-1.26", "http_server", "nginx", "1.26.2"},
          new String[] {"db-postgresql-16", "db_server", "PostgreSQL", "16.4"},
          new String[] {"dns-bind-9", "dns_server", "BIND", "9.18.28"},
          new String[] {"browser-chrome-131", "browser", "Chrome", "131.0"});

  private Inventory() {}

  /** {@code GET /devices/{id}/dnsnames?from=..&until=..}. */
  static Handler dnsNames() {
    return call -> {
      ObjectNode device = call.state.store("devices").require(call.id());
      ArrayNode names = Json.array();
      if (seenIn(call, device)) {
        for (String field : List.of("dns_name", "custom_name")) {
          String name = device.path(field).asText("");
          if (!name.isEmpty() && (field.equals("dns_name") || name.contains("."))) {
            names.add(observation(device, "name", name));
          }
        }
      }
      return FakeResponse.json(200, names);
    };
  }

  /**
   * {@code GET /devices/{id}/ipaddrs?from=..&until=..}: the device's own addresses and the ones
   * associated with them by observations, each within its time.
   */
  static Handler ipAddresses() {
    return call -> {
      ObjectNode device = call.state.store("devices").require(call.id());
      long[] window = window(call);
      ArrayNode addresses = Json.array();
      List<String> own = new ArrayList<>();
      for (String field : List.of("ipaddr4", "ipaddr6")) {
        String address = device.path(field).asText("");
        if (!address.isEmpty() && !device.path(field).isNull()) {
          own.add(address);
          if (seenIn(call, device)) {
            addresses.add(observation(device, "ipaddr", address));
          }
        }
      }
      JsonNode associations = call.state.documents.get(ASSOCIATIONS);
      if (associations != null) {
        for (JsonNode observed : associations) {
          long at = observed.path("timestamp").asLong();
          if (own.contains(observed.path("ipaddr").asText())
              && at >= window[0]
              && at <= window[1]) {
            ObjectNode entry = addresses.addObject();
            entry.put("ipaddr", observed.path("associated_ipaddr").asText());
            entry.put("from_time", at);
            entry.put("until_time", at);
            entry.put("source", observed.path("source").asText(null));
          }
        }
      }
      return FakeResponse.json(200, addresses);
    };
  }

  /** {@code GET /devices/{id}/software?from=..&until=..}: the software its role and vendor run. */
  static Handler deviceSoftware() {
    return call -> {
      ObjectNode device = call.state.store("devices").require(call.id());
      ArrayNode software = Json.array();
      if (seenIn(call, device)) {
        for (String id : softwareOf(device)) {
          software.add(software(id));
        }
      }
      return FakeResponse.json(200, software);
    };
  }

  /** {@code GET /software?software_type=..&name=..&version=..}, each compared ignoring case. */
  static Handler software() {
    return call -> {
      ArrayNode list = Json.array();
      for (String[] entry : SOFTWARE) {
        if (matches(call.query("software_type"), entry[1])
            && matches(call.query("name"), entry[2])
            && matches(call.query("version"), entry[3])) {
          list.add(software(entry[0]));
        }
      }
      return FakeResponse.json(200, list);
    };
  }

  /** {@code GET /software/{id}}. */
  static Handler oneSoftware() {
    return call -> FakeResponse.json(200, software(call.id()));
  }

  /**
   * {@code POST /observations/associatedipaddrs} with {@code {observations: [{ipaddr,
   * associated_ipaddr, timestamp}], source}}: 202, the observations kept for {@code ipaddrs}.
   */
  static Handler associate() {
    return call -> {
      ObjectNode body = call.bodyObject();
      JsonNode observations = body.path("observations");
      if (!observations.isArray() || observations.isEmpty()) {
        throw ApiError.badRequest("Field observations is required and must be a non-empty array");
      }
      JsonNode source = body.path("source");
      if (!source.isMissingNode() && !source.isNull() && !source.isTextual()) {
        throw ApiError.badRequest("Field source must be a string");
      }
      ArrayNode kept =
          call.state.documents.get(ASSOCIATIONS) instanceof ArrayNode known
              ? known.deepCopy()
              : Json.array();
      for (JsonNode observation : observations) {
        for (String field : List.of("ipaddr", "associated_ipaddr")) {
          if (!observation.path(field).isTextual() || observation.path(field).asText().isBlank()) {
            throw ApiError.badRequest("Each observation needs a string " + field);
          }
        }
        if (!observation.path("timestamp").isIntegralNumber()) {
          throw ApiError.badRequest("Each observation needs an integer timestamp");
        }
        ObjectNode entry = ((ObjectNode) observation).deepCopy();
        entry.put("source", source.asText("api"));
        kept.add(entry);
      }
      call.state.documents.put(ASSOCIATIONS, kept);
      return FakeResponse.empty(202);
    };
  }

  /** {@code GET /analysispriority/config/{appliance_id}}. */
  static Handler priorityConfig() {
    return call -> FakeResponse.json(200, config(call));
  }

  /**
   * {@code PUT /analysispriority/config/{appliance_id}}: the whole config replaced; rules must name
   * a device or activity group by integer id.
   */
  static Handler replacePriorityConfig() {
    return call -> {
      String path = configPath(call);
      ObjectNode body = call.bodyObject();
      for (String list : List.of("advanced_rules", "standard_rules")) {
        JsonNode rules = body.path(list);
        if (rules.isMissingNode() || rules.isNull()) {
          continue;
        }
        if (!rules.isArray()) {
          throw ApiError.badRequest(list + " must be an array");
        }
        for (JsonNode rule : rules) {
          if (!RULE_TYPES.contains(rule.path("type").asText())) {
            throw ApiError.badRequest(
                "A rule's type must be one of " + RULE_TYPES + ", was " + rule.path("type"));
          }
          if (!rule.path("object_id").isIntegralNumber()) {
            throw ApiError.badRequest("A rule needs an integer object_id");
          }
        }
      }
      for (String flag : List.of("autofill_advanced", "autofill_standard")) {
        JsonNode value = body.path(flag);
        if (!value.isMissingNode() && !value.isBoolean()) {
          throw ApiError.badRequest(flag + " must be a boolean");
        }
      }
      call.state.documents.put(path, body.deepCopy());
      return FakeResponse.empty(204);
    };
  }

  /** {@code GET /analysispriority/0/manager}. */
  static Handler priorityManager() {
    return call -> {
      String path = managerPath(call);
      JsonNode manager = call.state.documents.get(path);
      return FakeResponse.json(200, manager == null ? Json.object().put("manager", 0) : manager);
    };
  }

  /** {@code PATCH /analysispriority/0/manager} with {@code {"manager": id}}. */
  static Handler updatePriorityManager() {
    return call -> {
      String path = managerPath(call);
      JsonNode manager = call.bodyObject().path("manager");
      if (!manager.isIntegralNumber() || manager.longValue() < 0) {
        throw ApiError.badRequest("Field manager must be a non-negative integer");
      }
      long id = manager.longValue();
      if (id != 0 && !call.state.store("appliances").find(String.valueOf(id)).isPresent()) {
        throw ApiError.badRequest("No appliance with id " + id + " to manage analysis priority");
      }
      call.state.documents.put(path, Json.object().put("manager", id));
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode config(Call call) {
    JsonNode stored = call.state.documents.get(configPath(call));
    if (stored instanceof ObjectNode config) {
      return config;
    }
    ObjectNode config = Json.object();
    config.put("autofill_advanced", true);
    config.put("autofill_standard", true);
    config.putArray("advanced_rules");
    config.putArray("standard_rules");
    return config;
  }

  /** 0 names the sensor called; another id must be a connected appliance. */
  private static String configPath(Call call) {
    String id = applianceId(call);
    if (!id.equals("0") && !call.state.store("appliances").find(id).isPresent()) {
      throw ApiError.notFound("No appliance with id " + id);
    }
    return "/analysispriority/config/" + id;
  }

  /** The manager of the local sensor only: the id must be 0. */
  private static String managerPath(Call call) {
    if (!applianceId(call).equals("0")) {
      throw ApiError.badRequest("appliance_id must be 0, the local sensor");
    }
    return "/analysispriority/0/manager";
  }

  private static String applianceId(Call call) {
    String id = call.id();
    try {
      if (Long.parseLong(id) < 0) {
        throw ApiError.badRequest("appliance_id must not be negative");
      }
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("appliance_id must be an integer, was '" + id + "'");
    }
    return String.valueOf(Long.parseLong(id));
  }

  /** The window of {@code from} and {@code until}; open ends when absent. */
  private static long[] window(Call call) {
    String from = call.query("from");
    String until = call.query("until");
    return new long[] {
      from == null ? Long.MIN_VALUE : Times.instant(from, call.now, false, "from"),
      until == null ? Long.MAX_VALUE : Times.instant(until, call.now, true, "until")
    };
  }

  /** Whether the device was seen within the window of the call. */
  private static boolean seenIn(Call call, ObjectNode device) {
    long[] window = window(call);
    return device.path("last_seen_time").asLong(device.path("mod_time").asLong()) >= window[0]
        && device.path("discover_time").asLong() <= window[1];
  }

  private static ObjectNode observation(ObjectNode device, String field, String value) {
    ObjectNode entry = Json.object();
    entry.put(field, value);
    entry.set("from_time", device.path("discover_time"));
    entry.set("until_time", device.path("last_seen_time"));
    return entry;
  }

  private static List<String> softwareOf(ObjectNode device) {
    String role = device.path("role").asText("");
    String vendor = device.path("vendor").asText("");
    List<String> ids = new ArrayList<>();
    switch (role) {
      case "client" -> {
        ids.add(vendor.equals("Apple") ? "os-macos-15" : "os-windows-11");
        ids.add("browser-chrome-131");
      }
      case "http_server", "load_balancer" -> ids.addAll(List.of("os-linux-6", "http-nginx-1.26"));
      case "db_server" -> ids.addAll(List.of("os-linux-6", "db-postgresql-16"));
      case "dns_server" ->
          ids.add(vendor.equals("Microsoft") ? "os-windows-server-2022" : "dns-bind-9");
      case "domain_controller", "file_server" -> ids.add("os-windows-server-2022");
      default -> {}
    }
    return ids;
  }

  private static ObjectNode software(String id) {
    for (String[] entry : SOFTWARE) {
      if (entry[0].equals(id)) {
        ObjectNode software = Json.object();
        software.put("id", entry[0]);
        software.put("software_type", entry[1]);
        software.put("name", entry[2]);
        software.put("version", entry[3]);
        software.put("description", entry[2] + " " + entry[3]);
        return software;
      }
    }
    throw ApiError.notFound("No software with id " + id);
  }

  private static boolean matches(String wanted, String value) {
    return wanted == null || wanted.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
  }
}
