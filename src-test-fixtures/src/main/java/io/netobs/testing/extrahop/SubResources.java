package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What hangs off one object other than assignments: sub-collections with their own ids (custom
 * device criteria, SSL key protocols), lists found through a field of the children (a network's
 * VLANs, a user's API keys), sharing, and JSON documents (a report's contents, the license, the
 * running config).
 */
final class SubResources {
  private static final Set<String> SHARING_ROLES = Set.of("viewer", "editor");

  private SubResources() {}

  // ---- sub-collections: /{resource}/{id}/{children}[/{childId}], children stored as
  // "resource/children"

  static Handler nestedList(String resource, String children) {
    String nested = resource + "/" + children;
    return call ->
        Crud.page(
            call,
            Crud.objects(
                call.state,
                nested,
                call.state.relations.related(resource, parentKey(call, resource), nested)));
  }

  static Handler nestedCreate(String resource, String children) {
    String nested = resource + "/" + children;
    return call -> {
      String parent = parentKey(call, resource);
      Store store = call.state.store(nested);
      String key =
          store.insert(Crud.prepareCreate(store.spec(), call.bodyObject(), call.now), call.now);
      call.state.relations.link(resource, parent, nested, key);
      return Crud.created(
          Crud.API_PREFIX + "/" + resource + "/" + parent + "/" + children + "/" + key);
    };
  }

  static Handler nestedGet(String resource, String children) {
    return call -> FakeResponse.json(200, nestedChild(call, resource, children));
  }

  static Handler nestedDelete(String resource, String children) {
    String nested = resource + "/" + children;
    return call -> {
      ObjectNode child = nestedChild(call, resource, children);
      call.state.delete(nested, call.state.store(nested).keyOf(child));
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode nestedChild(Call call, String resource, String children) {
    String nested = resource + "/" + children;
    String parent = parentKey(call, resource);
    Store store = call.state.store(nested);
    return store
        .find(call.childId())
        .filter(
            child ->
                call.state.relations.related(resource, parent, nested).contains(store.keyOf(child)))
        .orElseThrow(
            () ->
                ApiError.notFound(
                    "No object at /api/v1/"
                        + resource
                        + "/"
                        + parent
                        + "/"
                        + children
                        + "/"
                        + call.childId()));
  }

  // ---- lists found through a field of the children

  /**
   * E.g. {@code GET /networks/{id}/vlans}: the {@code vlans} whose {@code network_id} is the id.
   */
  static Handler byField(String resource, String children, String field) {
    return call -> {
      String parent = parentKey(call, resource);
      List<ObjectNode> matching = new ArrayList<>();
      for (ObjectNode child : call.state.store(children).all()) {
        if (child.path(field).asText().equals(parent)) {
          matching.add(child);
        }
      }
      return Crud.page(call, matching);
    };
  }

  /**
   * E.g. {@code GET /users/{username}/apikeys/{keyid}}: one child, if its field names the parent.
   */
  static Handler oneByField(String resource, String children, String field) {
    return call -> {
      String parent = parentKey(call, resource);
      ObjectNode child = call.state.store(children).require(call.parameter("keyid"));
      if (!child.path(field).asText().equals(parent)) {
        throw ApiError.notFound(
            "No object at /api/v1/"
                + resource
                + "/"
                + parent
                + "/"
                + children
                + "/"
                + call.parameter("keyid"));
      }
      return FakeResponse.json(200, child);
    };
  }

  // ---- sharing of dashboards and activity maps

  static Handler sharingGet(String resource) {
    return call -> FakeResponse.json(200, sharing(call, resource));
  }

  /** PATCH: {@code anyone} if sent; users and groups merged, a null role removing the grant. */
  static Handler sharingPatch(String resource) {
    return call -> {
      ObjectNode body = call.bodyObject();
      ObjectNode sharing = sharing(call, resource).deepCopy();
      if (body.has("anyone")) {
        sharing.set("anyone", role(body.get("anyone"), true));
      }
      for (String grants : new String[] {"users", "groups"}) {
        JsonNode patch = body.path(grants);
        if (patch.isMissingNode() || patch.isNull()) {
          continue;
        }
        ObjectNode target = sharing.withObjectProperty(grants);
        fields(patch, grants)
            .forEach(
                (name, role) -> {
                  if (role.isNull()) {
                    target.remove(name);
                  } else {
                    target.set(name, role(role, false));
                  }
                });
      }
      call.state.documents.put(sharingPath(call, resource), sharing);
      return FakeResponse.empty(204);
    };
  }

  /** PUT: replaces the whole sharing state. */
  static Handler sharingPut(String resource) {
    return call -> {
      ObjectNode body = call.bodyObject();
      ObjectNode sharing = Json.object();
      sharing.set(
          "anyone",
          role(body.path("anyone").isMissingNode() ? NullNode.instance : body.get("anyone"), true));
      for (String grants : new String[] {"users", "groups"}) {
        ObjectNode target = sharing.putObject(grants);
        JsonNode value = body.path(grants);
        if (!value.isMissingNode() && !value.isNull()) {
          fields(value, grants).forEach((name, role) -> target.set(name, role(role, false)));
        }
      }
      String path = sharingPath(call, resource);
      call.state.documents.put(path, sharing);
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode sharing(Call call, String resource) {
    JsonNode stored = call.state.documents.get(sharingPath(call, resource));
    if (stored != null) {
      return (ObjectNode) stored;
    }
    ObjectNode empty = Json.object();
    empty.putNull("anyone");
    empty.putObject("users");
    empty.putObject("groups");
    return empty;
  }

  private static String sharingPath(Call call, String resource) {
    return "/" + resource + "/" + parentKey(call, resource) + "/sharing";
  }

  private static JsonNode role(JsonNode role, boolean nullable) {
    if (role.isNull() && nullable) {
      return role;
    }
    if (!role.isTextual() || !SHARING_ROLES.contains(role.asText())) {
      throw ApiError.badRequest("A sharing role must be one of " + SHARING_ROLES + ", was " + role);
    }
    return role;
  }

  private static Map<String, JsonNode> fields(JsonNode object, String name) {
    if (!object.isObject()) {
      throw ApiError.badRequest("Field " + name + " must be an object of names to roles");
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
    return fields;
  }

  // ---- JSON documents

  /** GET of a document whose path is fixed, e.g. {@code /license}. */
  static Handler document(String path) {
    return call -> {
      JsonNode document = call.state.documents.get(path);
      if (document == null) {
        throw ApiError.notFound("No document at /api/v1" + path);
      }
      return FakeResponse.json(200, document);
    };
  }

  /** PUT of a document whose path is fixed; {@code check} throws {@link ApiError} on a bad body. */
  static Handler replaceDocument(String path, Consumer<JsonNode> check) {
    return call -> {
      JsonNode body = call.body();
      check.accept(body);
      call.state.documents.put(path, body);
      return FakeResponse.empty(204);
    };
  }

  /** GET of a document that belongs to an object, e.g. {@code /reports/{id}/contents}. */
  static Handler objectDocument(String resource, String name, JsonNode fallback) {
    return call -> {
      JsonNode document = call.state.documents.get(objectDocumentPath(call, resource, name));
      return FakeResponse.json(200, document == null ? fallback : document);
    };
  }

  static Handler replaceObjectDocument(String resource, String name, Consumer<JsonNode> check) {
    return call -> {
      String path = objectDocumentPath(call, resource, name);
      JsonNode body = call.body();
      check.accept(body);
      call.state.documents.put(path, body);
      return FakeResponse.empty(204);
    };
  }

  private static String objectDocumentPath(Call call, String resource, String name) {
    return "/" + resource + "/" + parentKey(call, resource) + "/" + name;
  }

  static Consumer<JsonNode> mustBe(String kind) {
    return body -> {
      boolean ok =
          switch (kind) {
            case "object" -> body.isObject();
            case "array" -> body.isArray();
            default -> throw new IllegalArgumentException(kind);
          };
      if (!ok) {
        throw ApiError.badRequest("Request body must be a JSON " + kind);
      }
    };
  }

  // ---- computed lists

  /** {@code GET /alerts/{id}/stats}: the statistics a threshold alert watches. */
  static Handler alertStats() {
    return call -> {
      ObjectNode alert = call.state.store("alerts").require(call.id());
      ArrayNode stats = Json.array();
      if (!alert.path("stat_name").isNull() && !alert.path("stat_name").isMissingNode()) {
        ObjectNode stat = stats.addObject();
        stat.put("id", alert.path("id").longValue() * 100 + 1);
        stat.set("stat_name", alert.path("stat_name"));
        stat.set("field_name", alert.path("field_name"));
        stat.set("field_name2", alert.path("field_name2"));
        stat.set("field_op", alert.path("field_op"));
        stat.putNull("key1");
        stat.putNull("key2");
      }
      return FakeResponse.json(200, stats);
    };
  }

  /** {@code GET /usergroups/{id}/members}: the users linked to the group. */
  static Handler userGroupMembers() {
    return call -> {
      String group = parentKey(call, "usergroups");
      ArrayNode members = Json.array();
      for (ObjectNode user :
          Crud.objects(
              call.state, "users", call.state.relations.related("usergroups", group, "users"))) {
        members
            .addObject()
            .put("username", user.path("username").asText())
            .put("name", user.path("name").asText());
      }
      return FakeResponse.json(200, members);
    };
  }

  /** {@code DELETE /usergroups/{id}/associations}: the group leaves every sharing grant. */
  static Handler userGroupAssociations() {
    return call -> {
      String group = parentKey(call, "usergroups");
      for (Iterator<JsonNode> it = call.state.documents.values().iterator(); it.hasNext(); ) {
        JsonNode document = it.next();
        if (document.path("groups").isObject()) {
          ((ObjectNode) document.get("groups")).remove(group);
        }
      }
      return FakeResponse.empty(204);
    };
  }

  static String parentKey(Call call, String resource) {
    Store store = call.state.store(resource);
    return store.keyOf(store.require(call.id()));
  }
}
