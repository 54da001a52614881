package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The match fields of a Kentik tag or populator (device_name, addr, port, ...), kept as one compact
 * canonical string so that a million batch rules fit in memory and identical criteria compare equal
 * whichever API wrote them: fields sorted by name, {@code name=value} pairs separated by NUL, list
 * values comma-joined as the Tag and Populator APIs write them. Not part of the public API.
 */
public final class MatchFields {
  /**
   * The fields every tag and populator answer shows, empty when unset, in the order of Kentik's
   * documented examples.
   */
  public static final List<String> ALWAYS_SHOWN =
      List.of(
          "device_name",
          "interface_name",
          "addr",
          "port",
          "tcp_flags",
          "protocol",
          "asn",
          "nexthop_asn",
          "bgp_aspath",
          "bgp_community");

  /** Every documented match field; the ones not in {@link #ALWAYS_SHOWN} appear only when set. */
  public static final List<String> KNOWN =
      List.of(
          "device_name",
          "device_type",
          "site",
          "interface_name",
          "addr",
          "port",
          "tcp_flags",
          "protocol",
          "asn",
          "lasthop_as_name",
          "nexthop_asn",
          "nexthop_as_name",
          "nexthop",
          "bgp_aspath",
          "bgp_community",
          "mac",
          "country",
          "vlans");

  /**
   * The names Kentik's own batch clients have used for criteria, mapped to the documented field; a
   * batch criterion {@code "ports": ["80"]} is the same rule as a tag's {@code "port": "80"}.
   */
  private static final Map<String, String> BATCH_ALIASES =
      Map.ofEntries(
          Map.entry("ports", "port"),
          Map.entry("protocols", "protocol"),
          Map.entry("asns", "asn"),
          Map.entry("last_hop_asn_names", "lasthop_as_name"),
          Map.entry("next_hop_asns", "nexthop_asn"),
          Map.entry("next_hop_asn_names", "nexthop_as_name"),
          Map.entry("bgp_as_paths", "bgp_aspath"),
          Map.entry("bgp_communities", "bgp_community"),
          Map.entry("ip_addresses", "addr"),
          Map.entry("mac_addresses", "mac"),
          Map.entry("country_codes", "country"),
          Map.entry("site_names", "site"),
          Map.entry("device_types", "device_type"),
          Map.entry("interface_names", "interface_name"),
          Map.entry("device_names", "device_name"),
          Map.entry("next_hop_ip_addresses", "nexthop"),
          Map.entry("vlan", "vlans"));

  private static final char FIELD_SEPARATOR = '\0';

  private MatchFields() {}

  /** Decodes a canonical string into field name to value, sorted by name. */
  public static Map<String, String> decode(String canonical) {
    Map<String, String> fields = new TreeMap<>();
    if (canonical.isEmpty()) {
      return fields;
    }
    int start = 0;
    while (start <= canonical.length()) {
      int end = canonical.indexOf(FIELD_SEPARATOR, start);
      if (end < 0) {
        end = canonical.length();
      }
      String pair = canonical.substring(start, end);
      int equals = pair.indexOf('=');
      fields.put(pair.substring(0, equals), pair.substring(equals + 1));
      start = end + 1;
    }
    return fields;
  }

  /** Encodes field name to value; empty values are left out. */
  public static String encode(Map<String, String> fields) {
    StringBuilder canonical = new StringBuilder();
    new TreeMap<>(fields)
        .forEach(
            (name, value) -> {
              if (value != null && !value.isEmpty()) {
                if (canonical.length() > 0) {
                  canonical.append(FIELD_SEPARATOR);
                }
                canonical.append(name).append('=').append(value);
              }
            });
    return canonical.toString();
  }

  /** The value of one field in a canonical string, or "" when unset. */
  public static String get(String canonical, String field) {
    String value = decode(canonical).get(field);
    return value == null ? "" : value;
  }

  /**
   * The documented match fields of a Tag or Populator API body ({@code "port": "700"}), as name to
   * value.
   *
   * @throws ApiError 400 when a field is neither a string, a number nor null
   */
  public static Map<String, String> fromApiBody(JsonNode body) {
    Map<String, String> fields = new TreeMap<>();
    for (String name : KNOWN) {
      JsonNode node = body.get(name);
      if (node == null) {
        continue;
      }
      if (node.isNull()) {
        fields.put(name, null);
      } else if (node.isTextual() || node.isNumber()) {
        fields.put(name, node.asText().trim());
      } else {
        throw ApiError.badRequest("Field " + name + " must be a string");
      }
    }
    return fields;
  }

  /**
   * The criteria of one batch criterion: every member except {@code direction} is a match field
   * whose value is an array (or a single value); aliases are mapped to the documented names.
   *
   * @return the canonical string, or null when the criterion has no usable field
   */
  public static String fromBatchCriterion(JsonNode criterion) {
    Map<String, String> fields = new TreeMap<>();
    for (Map.Entry<String, JsonNode> member : criterion.properties()) {
      if (member.getKey().equals("direction")) {
        continue;
      }
      String name = BATCH_ALIASES.getOrDefault(member.getKey(), member.getKey());
      String value = joined(member.getValue());
      if (value == null) {
        return null;
      }
      if (!value.isEmpty()) {
        fields.merge(name, value, (a, b) -> a + "," + b);
      }
    }
    return fields.isEmpty() ? null : encode(fields);
  }

  /**
   * Writes the fields of a canonical string into an answer: the usual ones always, the others when
   * set.
   */
  public static void render(String canonical, ObjectNode target) {
    Map<String, String> fields = decode(canonical);
    for (String name : ALWAYS_SHOWN) {
      target.put(name, fields.getOrDefault(name, ""));
    }
    fields.forEach(
        (name, value) -> {
          if (!ALWAYS_SHOWN.contains(name)) {
            target.put(name, value);
          }
        });
  }

  /** The number of comma-separated items in a list value. */
  public static int itemCount(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    int count = 0;
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        count++;
      }
    }
    return count;
  }

  private static String joined(JsonNode value) {
    if (value.isTextual() || value.isNumber()) {
      return value.asText().trim();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>(value.size());
      for (JsonNode item : value) {
        if (!(item.isTextual() || item.isNumber())) {
          return null;
        }
        String text = item.asText().trim();
        if (!text.isEmpty()) {
          items.add(text);
        }
      }
      return String.join(",", items);
    }
    return null;
  }
}
