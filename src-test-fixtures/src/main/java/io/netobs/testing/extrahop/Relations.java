package io.netobs.testing.extrahop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links between objects of two resources, one symmetric relation per pair of resources: assigning
 * alert 5 to device 7 through either {@code /alerts/5/devices} or {@code /devices/7/alerts} is the
 * same link, seen from both sides. Not thread-safe: {@link State}'s lock guards it.
 */
final class Relations {
  /** Numbers in numeric order, then anything else in text order, as the live API lists ids. */
  static final Comparator<String> KEY_ORDER =
      Comparator.comparing((String key) -> !key.matches("-?\\d{1,18}"))
          .thenComparing(
              (a, b) ->
                  a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")
                      ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                      : a.compareTo(b));

  /** "from>to" -> key in "from" -> keys in "to"; every link is held in both directions. */
  private final Map<String, Map<String, Set<String>>> directed = new HashMap<>();

  void link(String resource, String key, String other, String otherKey) {
    side(resource, other).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(otherKey);
    side(other, resource).computeIfAbsent(otherKey, k -> new LinkedHashSet<>()).add(key);
  }

  void unlink(String resource, String key, String other, String otherKey) {
    remove(side(resource, other), key, otherKey);
    remove(side(other, resource), otherKey, key);
  }

  /** The keys of {@code other} objects linked to {@code resource/key}, in key order. */
  List<String> related(String resource, String key, String other) {
    Map<String, Set<String>> side = directed.get(resource + ">" + other);
    Set<String> keys = side == null ? null : side.get(key);
    List<String> sorted = keys == null ? new ArrayList<>() : new ArrayList<>(keys);
    sorted.sort(KEY_ORDER);
    return sorted;
  }

  /** Drops every link of a deleted object. */
  void forget(String resource, String key) {
    String prefix = resource + ">";
    for (Map.Entry<String, Map<String, Set<String>>> entry : directed.entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        continue;
      }
      String other = entry.getKey().substring(prefix.length());
      Set<String> linked = entry.getValue().remove(key);
      if (linked != null) {
        Map<String, Set<String>> reverse = directed.get(other + ">" + resource);
        for (String otherKey : linked) {
          remove(reverse, otherKey, key);
        }
      }
    }
  }

  private Map<String, Set<String>> side(String from, String to) {
    return directed.computeIfAbsent(from + ">" + to, k -> new HashMap<>());
  }

  private static void remove(Map<String, Set<String>> side, String key, String otherKey) {
    Set<String> keys = side.get(key);
    if (keys != null) {
      keys.remove(otherKey);
      if (keys.isEmpty()) {
        side.remove(key);
      }
    }
  }
}
