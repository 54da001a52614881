package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The generic handlers of every stored resource: list, create, get, patch and delete, driven by the
 * resource's {@link ResourceSpec}.
 */
final class Crud {
  static final String API_PREFIX = "/api/v1";

  private Crud() {}

  /** {@code GET /{resource}}: every object, with optional {@code limit} and {@code offset}. */
  static Handler list(String resource) {
    return call -> page(call, call.state.store(resource).all());
  }

  /** {@code GET /{resource}/{id}}. */
  static Handler get(String resource) {
    return call -> FakeResponse.json(200, call.state.store(resource).require(call.id()));
  }

  /** {@code POST /{resource}}: 201, an empty body and the new object's path in {@code Location}. */
  static Handler create(String resource) {
    return call -> {
      Store store = call.state.store(resource);
      String key = store.insert(prepareCreate(store.spec(), call.bodyObject(), call.now), call.now);
      return created(API_PREFIX + "/" + resource + "/" + key);
    };
  }

  /** {@code PATCH /{resource}/{id}}: merges the fields sent; an explicit null clears one. 204. */
  static Handler patch(String resource) {
    return call -> {
      Store store = call.state.store(resource);
      ObjectNode existing = store.require(call.id());
      store.replace(
          store.keyOf(existing), merge(store.spec(), existing, call.bodyObject(), call.now));
      return FakeResponse.empty(204);
    };
  }

  /**
   * {@code DELETE /{resource}/{id}}: 204; the object's links, sub-collections and documents go too.
   */
  static Handler delete(String resource) {
    return call -> {
      Store store = call.state.store(resource);
      call.state.delete(resource, store.keyOf(store.require(call.id())));
      return FakeResponse.empty(204);
    };
  }

  /**
   * A new object from a create body: defaults under the body, checked, without write-only fields.
   */
  static ObjectNode prepareCreate(ResourceSpec spec, ObjectNode body, long now) {
    ObjectNode object = spec.defaults().deepCopy();
    body.properties()
        .forEach(
            field -> {
              boolean serverManaged =
                  field.getKey().equals("mod_time")
                      || (spec.numericKey() && field.getKey().equals(spec.keyField()));
              if (!serverManaged) {
                object.set(field.getKey(), field.getValue());
              }
            });
    spec.createdTimeFields().forEach(field -> object.put(field, now));
    check(spec, object);
    spec.writeOnly().forEach(object::remove);
    return object;
  }

  /** A patched copy of {@code existing}; neither the key nor {@code mod_time} can be patched. */
  static ObjectNode merge(ResourceSpec spec, ObjectNode existing, ObjectNode body, long now) {
    ObjectNode merged = existing.deepCopy();
    body.properties()
        .forEach(
            field -> {
              if (!field.getKey().equals(spec.keyField()) && !field.getKey().equals("mod_time")) {
                merged.set(field.getKey(), field.getValue());
              }
            });
    check(spec, merged);
    spec.writeOnly().forEach(merged::remove);
    merged.put("mod_time", now);
    return merged;
  }

  private static void check(ResourceSpec spec, ObjectNode object) {
    for (String field : spec.required()) {
      JsonNode value = object.path(field);
      if (value.isMissingNode() || value.isNull()) {
        throw ApiError.badRequest("Field " + field + " is required");
      }
    }
    spec.rules().accept(object);
  }

  static FakeResponse created(String location) {
    return FakeResponse.empty(201).withHeader("Location", location);
  }

  /**
   * A JSON array of {@code objects}, cut by the optional {@code offset} and {@code limit}
   * parameters.
   */
  static FakeResponse page(Call call, Collection<? extends JsonNode> objects) {
    int offset = call.queryInt("offset", 0);
    int limit = call.queryInt("limit", Integer.MAX_VALUE);
    List<JsonNode> page = new ArrayList<>(Math.min(objects.size(), 1024));
    int index = 0;
    for (JsonNode object : objects) {
      if (index++ < offset) {
        continue;
      }
      if (page.size() == limit) {
        break;
      }
      page.add(object);
    }
    return FakeResponse.json(200, Json.arrayOf(page));
  }

  /** The objects of {@code resource} under the given keys, skipping keys whose object is gone. */
  static List<ObjectNode> objects(State state, String resource, List<String> keys) {
    Store store = state.store(resource);
    List<ObjectNode> objects = new ArrayList<>(keys.size());
    for (String key : keys) {
      store.find(key).ifPresent(objects::add);
    }
    return objects;
  }
}
