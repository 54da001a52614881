package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Today's network localities ({@code /networklocalities}): the same entries as the older {@code
 * /networklocality}, kept in one store, so that an entry made on one path reads on the other.
 * Today's form holds a {@code networks} array (an entry made with the older {@code network} string
 * reads with a one-element {@code networks}), requires {@code external}, and names an entry {@code
 * locality_<id>} when no {@code name} is given.
 */
final class Localities {
  static final String STORE = "networklocality";
  private static final String PATH = Crud.API_PREFIX + "/networklocalities/";

  private Localities() {}

  /** {@code GET /networklocalities}. */
  static Handler list() {
    return call -> {
      List<JsonNode> views = new ArrayList<>();
      call.state.store(STORE).all().forEach(entry -> views.add(view(entry)));
      return Crud.page(call, views);
    };
  }

  /** {@code GET /networklocalities/{id}}. */
  static Handler get() {
    return call -> FakeResponse.json(200, view(call.state.store(STORE).require(call.id())));
  }

  /** {@code POST /networklocalities}: 201 and the new entry's path in {@code Location}. */
  static Handler create() {
    return call -> {
      ObjectNode entry = Json.object();
      entry.put("description", "");
      call.bodyObject()
          .properties()
          .forEach(
              field -> {
                if (!field.getKey().equals("id") && !field.getKey().equals("mod_time")) {
                  entry.set(field.getKey(), field.getValue());
                }
              });
      check(entry);
      Store store = call.state.store(STORE);
      String key = store.insert(entry, call.now);
      ObjectNode stored = store.require(key);
      if (stored.path("name").isMissingNode() || stored.path("name").isNull()) {
        stored.put("name", "locality_" + key);
      }
      return Crud.created(PATH + key);
    };
  }

  /** {@code PATCH /networklocalities/{id}}: merges the fields sent; 204. */
  static Handler patch() {
    return call -> {
      Store store = call.state.store(STORE);
      ObjectNode existing = store.require(call.id());
      ObjectNode merged = existing.deepCopy();
      call.bodyObject()
          .properties()
          .forEach(
              field -> {
                if (!field.getKey().equals("id") && !field.getKey().equals("mod_time")) {
                  merged.set(field.getKey(), field.getValue());
                }
              });
      check(merged);
      merged.put("mod_time", call.now);
      store.replace(store.keyOf(existing), merged);
      return FakeResponse.empty(204);
    };
  }

  /** {@code DELETE /networklocalities/{id}}: 204. */
  static Handler delete() {
    return call -> {
      Store store = call.state.store(STORE);
      call.state.delete(STORE, store.keyOf(store.require(call.id())));
      return FakeResponse.empty(204);
    };
  }

  /**
   * What today's API refuses: no {@code external}, no addresses, or addresses that are not text.
   */
  private static void check(ObjectNode entry) {
    if (!entry.path("external").isBoolean()) {
      throw ApiError.badRequest("Field external is required and must be true or false");
    }
    JsonNode networks = entry.path("networks");
    JsonNode network = entry.path("network");
    boolean hasNetworks = !networks.isMissingNode() && !networks.isNull();
    boolean hasNetwork = !network.isMissingNode() && !network.isNull();
    if (!hasNetworks && !hasNetwork) {
      throw ApiError.badRequest("Field networks is required");
    }
    if (hasNetworks) {
      if (!networks.isArray() || networks.isEmpty()) {
        throw ApiError.badRequest(
            "Field networks must be a non-empty array of IP addresses or CIDR blocks");
      }
      for (JsonNode element : networks) {
        if (!element.isTextual() || element.asText().isBlank()) {
          throw ApiError.badRequest(
              "Field networks must hold IP addresses or CIDR blocks as strings");
        }
      }
    }
    if (hasNetwork && (!network.isTextual() || network.asText().isBlank())) {
      throw ApiError.badRequest("Field network must be an IP address or CIDR block");
    }
  }

  /** An entry as today's path answers it: with {@code networks}, made from {@code network}. */
  private static JsonNode view(ObjectNode stored) {
    ObjectNode copy = stored.deepCopy();
    JsonNode networks = copy.path("networks");
    if ((networks.isMissingNode() || networks.isNull()) && copy.path("network").isTextual()) {
      ArrayNode array = copy.putArray("networks");
      array.add(copy.path("network").asText());
    }
    return copy;
  }
}
