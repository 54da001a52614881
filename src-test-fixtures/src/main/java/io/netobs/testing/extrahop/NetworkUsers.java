package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Network users of today's firmware ({@code /networkusers}): the accounts seen authenticating on
 * the network, generated at seeding and keyed by {@code username}; their manual flags and their
 * tags are stateful. Tags are named by their ids as text, as the API takes them.
 */
final class NetworkUsers {
  static final String STORE = "networkusers";

  private static final String[] FIRST = {
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
    "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yolanda"
  };
  private static final String[] LAST = {
    "smith", "jones", "garcia", "chen", "novak", "okafor", "silva", "tanaka", "weber", "kowalski"
  };
  private static final Set<String> FLAGS = Set.of("auto", "yes", "no");
  private static final Set<String> PATCHABLE =
      Set.of("custom_high_influence", "custom_high_privilege");

  private NetworkUsers() {}

  /** Generates {@code count} users, the same for the same seed, last seen in the day before now. */
  static void seed(Store store, int count, long seed, long now, List<ObjectNode> devices) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x6E7573657273L);
    for (int i = 0; i < count; i++) {
      ObjectNode user = Json.object();
      String name = FIRST[i % FIRST.length] + "." + LAST[(i / FIRST.length + i) % LAST.length];
      if (i >= FIRST.length * LAST.length) {
        name = name + i;
      }
      boolean service = i % 9 == 8;
      if (service) {
        name = "svc-" + LAST[i % LAST.length] + i;
      }
      user.put("username", name);
      user.put("domain", i % 4 == 3 ? "LAB" : "CORP");
      user.put("display_name", service ? name : capitalise(name.replace('.', ' ')));
      user.put("is_service_account", service);
      user.put("high_influence", random.nextInt(6) == 0);
      user.put("high_privilege", service || random.nextInt(8) == 0);
      user.put("custom_high_influence", "auto");
      user.put("custom_high_privilege", "auto");
      long lastSeen = now - random.nextLong(86_400_000L);
      user.put("first_seen_time", lastSeen - 86_400_000L * (1 + random.nextInt(90)));
      user.put("last_seen_time", lastSeen);
      ArrayNode addresses = user.putArray("ipaddrs");
      if (!devices.isEmpty()) {
        addresses.add(devices.get(random.nextInt(devices.size())).path("ipaddr4").asText());
      }
      user.put("auth_count", 1 + random.nextInt(500));
      store.insert(user, lastSeen);
    }
  }

  private static String capitalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ");
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /**
   * {@code POST /networkusers/search} with {@code {filter, active_from, active_until, limit,
   * offset}}.
   */
  static Handler search() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      long from =
          body.hasNonNull("active_from")
              ? Times.instant(body.get("active_from"), call.now, false, "active_from")
              : Long.MIN_VALUE;
      long until =
          body.hasNonNull("active_until")
              ? Times.instant(body.get("active_until"), call.now, true, "active_until")
              : Long.MAX_VALUE;
      Predicate<ObjectNode> filter =
          Filters.compile(body.get("filter"), (user, field) -> values(call, user, field));
      int limit = Call.count(body, "limit", Integer.MAX_VALUE);
      int offset = Call.count(body, "offset", 0);
      ArrayNode page = Json.array();
      int skipped = 0;
      for (ObjectNode user : call.state.store(STORE).all()) {
        if (page.size() >= limit) {
          break;
        }
        long seen = user.path("last_seen_time").asLong();
        if (seen >= from && seen <= until && filter.test(user) && skipped++ >= offset) {
          page.add(user);
        }
      }
      return FakeResponse.json(200, page);
    };
  }

  private static List<String> values(Call call, ObjectNode user, String field) {
    if (field.equals("tag")) {
      List<String> names = new ArrayList<>();
      Store tags = call.state.store("tags");
      for (String key :
          call.state.relations.related(STORE, user.path("username").asText(), "tags")) {
        tags.find(key).ifPresent(tag -> names.add(tag.path("name").asText()));
      }
      return names;
    }
    return Records.jsonValues(user, field);
  }

  /** {@code GET /networkusers/users/{username}}. */
  static Handler get() {
    return call -> FakeResponse.json(200, call.state.store(STORE).require(call.id()));
  }

  /** {@code PATCH /networkusers/users/{username}}: the manual flags, each auto, yes or no. */
  static Handler patch() {
    return call -> {
      ObjectNode user = call.state.store(STORE).require(call.id());
      ObjectNode body = call.bodyObject();
      if (body.isEmpty()) {
        throw ApiError.badRequest("Set custom_high_influence or custom_high_privilege");
      }
      body.properties()
          .forEach(
              field -> {
                if (!PATCHABLE.contains(field.getKey())) {
                  throw ApiError.badRequest("Field " + field.getKey() + " cannot be changed");
                }
                if (!field.getValue().isTextual() || !FLAGS.contains(field.getValue().asText())) {
                  throw ApiError.badRequest(
                      field.getKey() + " must be one of auto, yes, no, was " + field.getValue());
                }
              });
      body.properties().forEach(field -> user.set(field.getKey(), field.getValue()));
      user.put("mod_time", call.now);
      return FakeResponse.empty(204);
    };
  }

  /** {@code GET /networkusers/users/{username}/tags}: the tag objects. */
  static Handler tags() {
    return call -> {
      String username = call.state.store(STORE).require(call.id()).path("username").asText();
      Store tags = call.state.store("tags");
      ArrayNode list = Json.array();
      for (String key : call.state.relations.related(STORE, username, "tags")) {
        tags.find(key).ifPresent(list::add);
      }
      return FakeResponse.json(200, list);
    };
  }

  /** {@code POST /networkusers/users/{username}/tags} with {@code {"assign", "unassign"}}. */
  static Handler assignOne() {
    return call -> {
      String username = call.state.store(STORE).require(call.id()).path("username").asText();
      ObjectNode body = call.bodyObject();
      if (body.has("usernames")) {
        throw ApiError.badRequest("Field usernames belongs to POST /networkusers/tags");
      }
      change(call, List.of(username), body);
      return FakeResponse.empty(204);
    };
  }

  /** {@code POST /networkusers/tags} with {@code {"usernames", "assign", "unassign"}}. */
  static Handler assignMany() {
    return call -> {
      ObjectNode body = call.bodyObject();
      List<String> usernames = strings(body.path("usernames"), "usernames");
      if (usernames.isEmpty()) {
        throw ApiError.badRequest("Field usernames is required and must not be empty");
      }
      Store users = call.state.store(STORE);
      List<String> keys = new ArrayList<>();
      for (String username : usernames) {
        keys.add(users.require(username).path("username").asText());
      }
      change(call, keys, body);
      return FakeResponse.empty(204);
    };
  }

  private static void change(Call call, List<String> usernames, ObjectNode body) {
    List<String> assign = strings(body.path("assign"), "assign");
    List<String> unassign = strings(body.path("unassign"), "unassign");
    if (assign.isEmpty() && unassign.isEmpty()) {
      throw ApiError.badRequest("Set assign or unassign");
    }
    Store tags = call.state.store("tags");
    List<String> assignKeys = new ArrayList<>();
    for (String id : assign) {
      assignKeys.add(tags.keyOf(tags.require(id)));
    }
    List<String> unassignKeys = new ArrayList<>();
    for (String id : unassign) {
      unassignKeys.add(tags.keyOf(tags.require(id)));
    }
    for (String username : usernames) {
      assignKeys.forEach(key -> call.state.relations.link(STORE, username, "tags", key));
      unassignKeys.forEach(key -> call.state.relations.unlink(STORE, username, "tags", key));
    }
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw ApiError.badRequest("Field " + field + " must be an array of strings");
    }
    for (JsonNode value : node) {
      if (!value.isTextual() && !value.isIntegralNumber()) {
        throw ApiError.badRequest("Field " + field + " must be an array of strings");
      }
      values.add(value.asText());
    }
    return values;
  }
}
