package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Device listing and searching: {@code GET /devices} with {@code search_type} and {@code value},
 * paged by {@code limit} (default 100) and {@code offset}, and newer firmware's {@code POST
 * /devices/search}.
 */
final class Devices {
  static final int DEFAULT_LIMIT = 100;

  private static final List<String> NAME_FIELDS =
      List.of(
          "display_name",
          "custom_name",
          "default_name",
          "dns_name",
          "dhcp_name",
          "netbios_name",
          "cdp_name");

  /** Fields of {@code POST /devices/search} that read straight from the device object. */
  private static final Set<String> PLAIN_FIELDS =
      Set.of(
          "ipaddr4",
          "ipaddr6",
          "macaddr",
          "vendor",
          "role",
          "auto_role",
          "dns_name",
          "dhcp_name",
          "netbios_name",
          "cdp_name",
          "custom_name",
          "default_name",
          "display_name",
          "description",
          "device_class",
          "custom_type",
          "analysis_level",
          "critical",
          "on_watchlist",
          "id",
          "model",
          "vlanid",
          "node_id",
          "extrahop_id",
          "is_l3");

  private Devices() {}

  /** {@code GET /devices}. */
  static Handler list() {
    return call -> {
      Predicate<ObjectNode> active =
          active(call, call.query("active_from"), call.query("active_until"));
      Predicate<ObjectNode> search = searchType(call);
      int limit = call.queryInt("limit", DEFAULT_LIMIT);
      int offset = call.queryInt("offset", 0);
      return FakeResponse.json(200, select(call, active.and(search), offset, limit));
    };
  }

  /**
   * {@code POST /devices/search} with {@code {filter, limit, offset, active_from, active_until}}.
   */
  static Handler search() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      Predicate<ObjectNode> active =
          active(call, text(body.path("active_from")), text(body.path("active_until")));
      Predicate<ObjectNode> filter =
          Filters.compile(body.get("filter"), (device, field) -> values(call, device, field));
      int limit = Call.count(body, "limit", Integer.MAX_VALUE);
      int offset = Call.count(body, "offset", 0);
      return FakeResponse.json(200, select(call, active.and(filter), offset, limit));
    };
  }

  /** {@code GET /devices/{id}/activity}: the protocols the device has shown, from its role. */
  static Handler activity() {
    return call -> {
      ObjectNode device = call.state.store("devices").require(call.id());
      ArrayNode activity = Json.array();
      long id = device.path("id").longValue();
      int index = 0;
      for (String stat : DeviceGenerator.activity(device.path("role").asText(null))) {
        ObjectNode entry = activity.addObject();
        entry.put("id", id * 100 + ++index);
        entry.put("device_id", id);
        entry.put("stat_name", stat);
        entry.set("from_time", device.path("discover_time"));
        entry.set("until_time", device.path("last_seen_time"));
        entry.set("mod_time", device.path("mod_time"));
      }
      return FakeResponse.json(200, activity);
    };
  }

  /** {@code GET /applications/{id}/activity}. */
  static Handler applicationActivity() {
    return call -> {
      ObjectNode application = call.state.store("applications").require(call.id());
      long id = application.path("id").longValue();
      ArrayNode activity = Json.array();
      int index = 0;
      for (String stat : List.of("extrahop.application.net", "extrahop.application.http")) {
        ObjectNode entry = activity.addObject();
        entry.put("id", id * 100 + ++index);
        entry.put("application_id", id);
        entry.put("stat_name", stat);
        entry.put("from_time", application.path("mod_time").longValue());
        entry.put("until_time", call.now - call.now % 30_000);
        entry.set("mod_time", application.path("mod_time"));
      }
      return FakeResponse.json(200, activity);
    };
  }

  private static ArrayNode select(Call call, Predicate<ObjectNode> wanted, int offset, int limit) {
    ArrayNode page = Json.array();
    int skipped = 0;
    for (ObjectNode device : call.state.store("devices").all()) {
      if (page.size() >= limit) {
        break;
      }
      if (wanted.test(device) && skipped++ >= offset) {
        page.add(device);
      }
    }
    return page;
  }

  /** Active in the window: seen since its start and discovered before its end. */
  private static Predicate<ObjectNode> active(Call call, String from, String until) {
    long start =
        from == null ? Long.MIN_VALUE : Times.instant(from, call.now, false, "active_from");
    long end =
        until == null ? Long.MAX_VALUE : Times.instant(until, call.now, true, "active_until");
    return device ->
        device.path("last_seen_time").asLong(device.path("mod_time").asLong()) >= start
            && device.path("discover_time").asLong() <= end;
  }

  private static Predicate<ObjectNode> searchType(Call call) {
    String type = call.query("search_type");
    String value = call.query("value");
    if (type == null && value == null) {
      return device -> true;
    }
    if (value == null) {
      throw ApiError.badRequest("search_type needs a value");
    }
    String kind = type == null ? "any" : type.toLowerCase(Locale.ROOT);
    switch (kind) {
      case "any":
        {
          Pattern pattern = insensitive(value);
          return device ->
              matchesAny(pattern, names(device))
                  || matchesAny(
                      pattern,
                      List.of(
                          device.path("ipaddr4").asText(""), device.path("macaddr").asText(""),
                          device.path("vendor").asText(""),
                              device.path("discovery_id").asText("")));
        }
      case "name":
        {
          Pattern pattern = insensitive(value);
          return device -> matchesAny(pattern, names(device));
        }
      case "discovery id":
        {
          Pattern pattern = insensitive(value);
          return device ->
              matchesAny(
                  pattern,
                  List.of(
                      device.path("discovery_id").asText(""),
                      device.path("extrahop_id").asText("")));
        }
      case "ip address":
        {
          if (value.contains("/")) {
            return device -> addresses(device).stream().anyMatch(ip -> Filters.inCidr(ip, value));
          }
          Pattern pattern = Filters.regex(value);
          return device -> addresses(device).stream().anyMatch(ip -> pattern.matcher(ip).matches());
        }
      case "mac address":
        {
          Pattern pattern =
              Pattern.compile(Filters.regex(value).pattern(), Pattern.CASE_INSENSITIVE);
          return device -> pattern.matcher(device.path("macaddr").asText("")).matches();
        }
      case "vendor":
        {
          Pattern pattern = insensitive(value);
          return device -> pattern.matcher(device.path("vendor").asText("")).find();
        }
      case "type":
        {
          Pattern pattern = insensitive(value);
          return device -> matchesAny(pattern, types(device));
        }
      case "tag":
        return linkedTo(call, "tags", "name", value);
      case "device group":
        return linkedTo(call, "devicegroups", "name", value);
      case "activity":
        {
          Pattern pattern = insensitive(value);
          return device ->
              matchesAny(pattern, DeviceGenerator.activity(device.path("role").asText(null)));
        }
      case "node":
        return device -> device.path("node_id").asText().equals(value);
      case "vlan":
        return device -> device.path("vlanid").asText().equals(value);
      default:
        throw ApiError.badRequest(
            "Unknown search_type '"
                + type
                + "'; expected any, name, discovery id, "
                + "ip address, mac address, vendor, type, tag, activity, node, vlan or device group");
    }
  }

  /** Devices linked to any {@code resource} object whose {@code field} matches the regex. */
  private static Predicate<ObjectNode> linkedTo(
      Call call, String resource, String field, String value) {
    Pattern pattern = insensitive(value);
    Set<String> keys = new HashSet<>();
    for (ObjectNode object : call.state.store(resource).all()) {
      if (pattern.matcher(object.path(field).asText("")).find()) {
        keys.addAll(call.state.relations.related(resource, object.path("id").asText(), "devices"));
      }
    }
    return device -> keys.contains(device.path("id").asText());
  }

  private static List<String> values(Call call, ObjectNode device, String field) {
    String key = device.path("id").asText();
    switch (field) {
      case "name":
        return names(device);
      case "discovery_id":
        return present(device, "discovery_id", "extrahop_id");
      case "ipaddr":
        return addresses(device);
      case "tag":
        return linkedNames(call, key, "tags", "name");
      case "device_group":
        return linkedNames(call, key, "devicegroups", "name");
      case "activity":
        return DeviceGenerator.activity(device.path("role").asText(null));
      case "node":
        return present(device, "node_id");
      case "vlan":
        return present(device, "vlanid");
      case "type":
        return types(device);
      case "software":
        return List.of();
      default:
        if (!PLAIN_FIELDS.contains(field)) {
          throw ApiError.badRequest("Unknown device search field '" + field + "'");
        }
        return present(device, field);
    }
  }

  private static List<String> linkedNames(
      Call call, String deviceKey, String resource, String field) {
    List<String> names = new ArrayList<>();
    for (ObjectNode object :
        Crud.objects(
            call.state, resource, call.state.relations.related("devices", deviceKey, resource))) {
      names.add(object.path(field).asText());
    }
    return names;
  }

  private static List<String> names(ObjectNode device) {
    return present(device, NAME_FIELDS.toArray(String[]::new));
  }

  private static List<String> addresses(ObjectNode device) {
    return present(device, "ipaddr4", "ipaddr6");
  }

  private static List<String> types(ObjectNode device) {
    List<String> types = present(device, "role", "auto_role", "device_class", "custom_type");
    present(device, "role").forEach(role -> types.add("extrahop.device." + role));
    return types;
  }

  /** The non-empty values of some fields. */
  private static List<String> present(ObjectNode device, String... fields) {
    List<String> values = new ArrayList<>(fields.length);
    for (String field : fields) {
      JsonNode value = device.path(field);
      if (!value.isMissingNode() && !value.isNull() && !value.asText().isEmpty()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  private static boolean matchesAny(Pattern pattern, List<String> values) {
    return values.stream().anyMatch(value -> pattern.matcher(value).find());
  }

  private static Pattern insensitive(String regex) {
    return Pattern.compile(Filters.regex(regex).pattern(), Pattern.CASE_INSENSITIVE);
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
