package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;

/**
 * The assignment pattern, about two thirds of the API: {@code /{resource}/{id}/{children}} lists
 * and bulk-assigns, {@code /{resource}/{id}/{children}/{childId}} assigns or unassigns one. Both
 * directions of a pair of resources share one relation in {@link Relations}.
 *
 * <p>A bulk assignment that names ids that do not exist applies the others and answers 207 with
 * {@code {"errors": [{"id": 9, "operation": "assign", "error_message": "..."}]}}, one entry per id
 * that could not be assigned or unassigned.
 */
final class Assignments {
  /**
   * The whitelist is a relation between the appliance, one fixed parent, and devices: {@code
   * /whitelist/devices} lists and bulk-assigns, {@code /whitelist/device/{id}} assigns one.
   */
  static final String WHITELIST = "whitelist";

  static final String WHITELIST_KEY = "appliance";

  private Assignments() {}

  /** {@code GET /{resource}/{id}/{children}}: the assigned objects. */
  static Handler list(String resource, String children) {
    return call -> list(call, resource, parentKey(call, resource), children);
  }

  /** {@code POST /{resource}/{id}/{children}} with {@code {"assign": [...], "unassign": [...]}}. */
  static Handler bulk(String resource, String children) {
    return call -> apply(call, resource, parentKey(call, resource), children);
  }

  /**
   * {@code POST} (assign) or {@code DELETE} (unassign) {@code
   * /{resource}/{id}/{children}/{childId}}.
   */
  static Handler one(String resource, String children, boolean assign) {
    return call -> one(call, resource, parentKey(call, resource), children, call.childId(), assign);
  }

  static Handler whitelistList() {
    return call -> list(call, WHITELIST, WHITELIST_KEY, "devices");
  }

  static Handler whitelistBulk() {
    return call -> apply(call, WHITELIST, WHITELIST_KEY, "devices");
  }

  static Handler whitelistOne(boolean assign) {
    return call -> one(call, WHITELIST, WHITELIST_KEY, "devices", call.id(), assign);
  }

  private static FakeResponse list(Call call, String resource, String key, String children) {
    return Crud.page(
        call,
        Crud.objects(call.state, children, call.state.relations.related(resource, key, children)));
  }

  private static FakeResponse one(
      Call call, String resource, String key, String children, String childId, boolean assign) {
    Store childStore = call.state.store(children);
    String childKey = childStore.keyOf(childStore.require(childId));
    if (assign) {
      call.state.relations.link(resource, key, children, childKey);
    } else {
      call.state.relations.unlink(resource, key, children, childKey);
    }
    return FakeResponse.empty(204);
  }

  /** Applies a bulk body to an existing parent; 204, or 207 listing the ids that failed. */
  static FakeResponse apply(Call call, String resource, String key, String children) {
    ObjectNode body = call.bodyObject();
    ArrayNode errors = Json.array();
    Store childStore = call.state.store(children);
    for (String operation : new String[] {"assign", "unassign"}) {
      JsonNode ids = body.path(operation);
      if (ids.isMissingNode() || ids.isNull()) {
        continue;
      }
      if (!ids.isArray()) {
        throw ApiError.badRequest("Field " + operation + " must be an array of ids");
      }
      for (JsonNode id : ids) {
        if (!id.isIntegralNumber()) {
          throw ApiError.badRequest("Field " + operation + " must hold integer ids, found " + id);
        }
        String childKey = id.asText();
        if (childStore.find(childKey).isEmpty()) {
          errors
              .addObject()
              .put("id", id.longValue())
              .put("operation", operation)
              .put("error_message", "No object at /api/v1/" + children + "/" + childKey);
        } else if (operation.equals("assign")) {
          call.state.relations.link(resource, key, children, childKey);
        } else {
          call.state.relations.unlink(resource, key, children, childKey);
        }
      }
    }
    if (errors.isEmpty()) {
      return FakeResponse.empty(204);
    }
    ObjectNode answer = Json.object();
    answer.set("errors", errors);
    return FakeResponse.json(207, answer);
  }

  private static String parentKey(Call call, String resource) {
    Store store = call.state.store(resource);
    return store.keyOf(store.require(call.id()));
  }
}
