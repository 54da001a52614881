package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of one resource, in the order of their keys. Not thread-safe: {@link State}'s lock
 * guards it.
 */
final class Store {
  private final ResourceSpec spec;
  private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
  private long lastId;

  Store(ResourceSpec spec) {
    this.spec = spec;
  }

  ResourceSpec spec() {
    return spec;
  }

  Collection<ObjectNode> all() {
    return Collections.unmodifiableCollection(objects.values());
  }

  int size() {
    return objects.size();
  }

  /**
   * The object a path segment names: its key, or {@code ~value} of the alternate key. A number is
   * read as the live API would ({@code 007} names object 7).
   */
  Optional<ObjectNode> find(String segment) {
    if (spec.alternateKeyField() != null && segment.startsWith("~")) {
      String wanted = segment.substring(1);
      return objects.values().stream()
          .filter(object -> object.path(spec.alternateKeyField()).asText().equals(wanted))
          .findFirst();
    }
    return Optional.ofNullable(objects.get(normalise(segment)));
  }

  ObjectNode require(String segment) {
    return find(segment)
        .orElseThrow(
            () -> ApiError.notFound("No object at /api/v1/" + spec.name() + "/" + segment));
  }

  String keyOf(JsonNode object) {
    return object.path(spec.keyField()).asText();
  }

  /**
   * Adds an object, allocating its id unless it has one, and stamps {@code mod_time} unless set.
   *
   * @return the key of the new object
   * @throws ApiError 409 when the key is taken
   */
  String insert(ObjectNode fields, long modTime) {
    ObjectNode object = Json.object();
    String key;
    if (spec.numericKey()) {
      long id =
          fields.path(spec.keyField()).canConvertToLong()
              ? fields.path(spec.keyField()).longValue()
              : lastId + 1;
      lastId = Math.max(lastId, id);
      object.set(spec.keyField(), LongNode.valueOf(id));
      key = Long.toString(id);
    } else {
      key = fields.path(spec.keyField()).asText();
      if (key.isEmpty()) {
        throw ApiError.badRequest("Field " + spec.keyField() + " is required");
      }
    }
    if (objects.containsKey(key)) {
      throw new ApiError(
          409,
          "An object with "
              + spec.keyField()
              + " "
              + key
              + " already exists in /api/v1/"
              + spec.name());
    }
    fields
        .properties()
        .forEach(
            field -> {
              if (!field.getKey().equals(spec.keyField()) || !spec.numericKey()) {
                object.set(field.getKey(), field.getValue());
              }
            });
    if (!object.has("mod_time")) {
      object.put("mod_time", modTime);
    }
    objects.put(key, object);
    return key;
  }

  void replace(String key, ObjectNode object) {
    if (!objects.containsKey(key)) {
      throw new IllegalStateException("no " + key + " in " + spec.name());
    }
    objects.put(key, object);
  }

  ObjectNode remove(String key) {
    return objects.remove(key);
  }

  List<String> keys() {
    return new ArrayList<>(objects.keySet());
  }

  private String normalise(String segment) {
    if (!spec.numericKey()) {
      return segment;
    }
    try {
      return Long.toString(Long.parseLong(segment));
    } catch (NumberFormatException e) {
      return segment;
    }
  }
}
