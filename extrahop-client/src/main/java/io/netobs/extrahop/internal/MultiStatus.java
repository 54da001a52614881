package io.netobs.extrahop.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.AssignmentResult.Failure;
import io.netobs.extrahop.AssignmentResult.Operation;
import io.netobs.http.internal.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the per-id failures of a 207 answer to an assignment call, whatever shape the firmware
 * gives them: an object keyed by id ({@code {"12": "not found"}}), an array of ids or of objects
 * ({@code [{"id": 12, "error_message": "..."}]}), either nested under {@code assign} / {@code
 * unassign} or {@code errors} / {@code failures}. Entries whose {@code status} is 2xx are
 * successes.
 */
public final class MultiStatus {
  private static final String[] ID_FIELDS = {
    "id", "object_id", "child_id", "oid", "device_id", "target_id"
  };
  private static final String[] MESSAGE_FIELDS = {
    "error_message", "error", "message", "reason", "detail", "status_message"
  };
  private static final Set<String> LIST_FIELDS =
      Set.of("errors", "failures", "failed", "failed_ids", "results", "items");

  private final Set<Long> assign;
  private final Set<Long> unassign;
  private final List<Failure> out;
  private boolean sawIds;

  private MultiStatus(Set<Long> assign, Set<Long> unassign, List<Failure> out) {
    this.assign = assign;
    this.unassign = unassign;
    this.out = out;
  }

  /**
   * Adds the failures named by {@code body} to {@code out}.
   *
   * @return whether the body named ids at all; false when its shape is not understood
   */
  public static boolean read(String body, Set<Long> assign, Set<Long> unassign, List<Failure> out) {
    if (body == null || body.isBlank()) {
      return false;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (Exception notJson) {
      return false;
    }
    MultiStatus reader = new MultiStatus(assign, unassign, out);
    reader.collect(root, null);
    return reader.sawIds;
  }

  private void collect(JsonNode node, Operation op) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        Long id = asId(element);
        if (id != null) {
          fail(id, op, null);
        } else if (element.isObject()) {
          Long objectId = firstId(element);
          if (objectId != null) {
            entry(objectId, element, op);
          } else {
            collect(element, op);
          }
        }
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = field.getValue();
      Long keyId = parseId(field.getKey());
      if (keyId != null) {
        entry(keyId, value, op);
      } else if (key.equals("assign") || key.equals("assigned")) {
        collect(value, Operation.ASSIGN);
      } else if (key.equals("unassign") || key.equals("unassigned")) {
        collect(value, Operation.UNASSIGN);
      } else if (LIST_FIELDS.contains(key)) {
        collect(value, op);
      }
    }
  }

  /**
   * One id's entry: an object with status and message, a message string, a status number, or null.
   */
  private void entry(long id, JsonNode value, Operation op) {
    if (value == null || value.isNull()) {
      fail(id, op, null);
    } else if (value.isTextual()) {
      fail(id, op, value.asText());
    } else if (value.isNumber()) {
      int status = value.asInt();
      if (status >= 200 && status < 300) {
        sawIds = true;
      } else {
        fail(id, op, "status " + status);
      }
    } else if (value.isObject()) {
      JsonNode status = value.get("status");
      if (status != null && status.isNumber() && status.asInt() >= 200 && status.asInt() < 300) {
        sawIds = true;
        return;
      }
      Operation own = operationOf(value);
      String message = null;
      for (String f : MESSAGE_FIELDS) {
        JsonNode m = value.get(f);
        if (m != null && !m.isNull()) {
          message = m.isTextual() ? m.asText() : m.toString();
          break;
        }
      }
      if (message == null && status != null && !status.isNull()) {
        message = "status " + status.asText();
      }
      fail(id, own != null ? own : op, message);
    } else {
      fail(id, op, value.toString());
    }
  }

  private void fail(long id, Operation op, String message) {
    sawIds = true;
    Operation known = op;
    if (known == null) {
      if (assign.contains(id) && !unassign.contains(id)) {
        known = Operation.ASSIGN;
      } else if (unassign.contains(id) && !assign.contains(id)) {
        known = Operation.UNASSIGN;
      }
    }
    out.add(new Failure(id, known, message));
  }

  private static Operation operationOf(JsonNode entry) {
    for (String f : new String[] {"operation", "action", "op"}) {
      JsonNode v = entry.get(f);
      if (v != null && v.isTextual()) {
        String t = v.asText().toLowerCase(Locale.ROOT);
        if (t.startsWith("unassign")) {
          return Operation.UNASSIGN;
        }
        if (t.startsWith("assign")) {
          return Operation.ASSIGN;
        }
      }
    }
    return null;
  }

  private static Long firstId(JsonNode object) {
    for (String f : ID_FIELDS) {
      Long id = asId(object.get(f));
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static Long asId(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      return parseId(node.asText());
    }
    return null;
  }

  private static Long parseId(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(t);
  }
}
