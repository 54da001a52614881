package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Builds the state a fake starts from: the generated devices and records, and the objects, links
 * and documents of {@code seed.json}. In that file a negative number in a field whose name ends in
 * {@code time} is relative to now, so the seeded history stays recent whatever the clock says.
 */
final class Seeder {
  /** How many detections are generated after the seeded ones. */
  static final int GENERATED_DETECTIONS = 60;

  /** How many network users are generated. */
  static final int NETWORK_USERS = 60;

  private Seeder() {}

  static State seed(Settings settings) {
    JsonNode seed = SeedFile.CONTENT;
    long now = settings.clock().millis();
    State state = new State();

    List<ObjectNode> devices =
        DeviceGenerator.generate(settings.devices(), settings.seed(), now, settings.consoleMode());
    Store deviceStore = state.store("devices");
    devices.forEach(device -> deviceStore.insert(device, now));
    state.records = RecordGenerator.generate(settings.records(), settings.seed(), now, devices);
    NetworkUsers.seed(
        state.store(NetworkUsers.STORE), NETWORK_USERS, settings.seed(), now, devices);

    seed.path("objects")
        .properties()
        .forEach(
            entry -> {
              Store store = state.store(entry.getKey());
              int index = 0;
              for (JsonNode template : entry.getValue()) {
                ObjectNode object = (ObjectNode) template.deepCopy();
                relativeTimes(object, now);
                JsonNode parent = object.remove("_parent");
                if (!object.has("mod_time")) {
                  object.put("mod_time", now - (long) ++index * 3_600_000L);
                }
                sizes(entry.getKey(), object, settings);
                String key = store.insert(object, now);
                if (parent != null) {
                  String parentResource = entry.getKey().substring(0, entry.getKey().indexOf('/'));
                  state.relations.link(parentResource, parent.asText(), entry.getKey(), key);
                }
              }
            });

    for (JsonNode link : seed.path("relations")) {
      String resource = link.get(0).asText();
      String key = link.get(1).asText();
      String other = link.get(2).asText();
      String otherKey = link.get(3).asText();
      boolean parentExists =
          resource.equals(Assignments.WHITELIST) || state.store(resource).find(key).isPresent();
      // Links to generated devices that a small device count did not generate are left out.
      if (parentExists && state.store(other).find(otherKey).isPresent()) {
        state.relations.link(resource, key, other, otherKey);
      }
    }

    Detections.generate(state, GENERATED_DETECTIONS, settings.seed(), now);

    seed.path("documents")
        .properties()
        .forEach(
            entry -> {
              JsonNode document = entry.getValue().deepCopy();
              if (document.isObject()) {
                relativeTimes((ObjectNode) document, now);
              }
              state.documents.put(entry.getKey(), document);
            });
    String platform = settings.consoleMode() ? "command" : "discover";
    ((ObjectNode) state.documents.get("/extrahop")).put("platform", platform);
    ((ObjectNode) state.documents.get("/extrahop/platform")).put("platform", platform);
    Poses.describe(settings.firmware(), state.documents);
    return state;
  }

  /** Read once per class loader; only ever copied from, never changed. */
  private static final class SeedFile {
    static final JsonNode CONTENT = Json.classpathResource("/io/netobs/testing/extrahop/seed.json");
  }

  private static void sizes(String resource, ObjectNode object, Settings settings) {
    if (object.has("bytes")) {
      return;
    }
    switch (resource) {
      case "packetcaptures" -> object.put("bytes", settings.packetCaptureSize());
      case "customizations", "supportpacks" -> object.put("bytes", settings.downloadSize());
      default -> {}
    }
  }

  /** Turns negative {@code ...time} fields, at any depth, into times before now. */
  private static void relativeTimes(ObjectNode object, long now) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      JsonNode value = field.getValue();
      if (value.isIntegralNumber() && value.longValue() < 0 && field.getKey().endsWith("time")) {
        long time = now + value.longValue();
        object.put(field.getKey(), time - Math.floorMod(time, 1000L));
      } else if (value.isObject()) {
        relativeTimes((ObjectNode) value, now);
      } else if (value.isArray()) {
        for (JsonNode element : (ArrayNode) value) {
          if (element.isObject()) {
            relativeTimes((ObjectNode) element, now);
          }
        }
      }
    }
  }
}
