package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeRequest;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One request on its way through a handler: the request, its path parameters, the state and the
 * time.
 */
final class Call {
  final FakeRequest request;
  final State state;
  final Settings settings;

  /** The time of the request in epoch milliseconds, read once so that one answer is consistent. */
  final long now;

  private final Map<String, String> parameters;

  Call(FakeRequest request, Map<String, String> parameters, State state, Settings settings) {
    this.request = request;
    this.parameters = parameters;
    this.state = state;
    this.settings = settings;
    this.now = settings.clock().millis();
  }

  /** The first path parameter: the id of the object the path names. */
  String id() {
    return parameters.values().iterator().next();
  }

  /** The id of the child object in {@code /{resource}/{id}/{children}/{childId}}. */
  String childId() {
    return parameter("childId");
  }

  String parameter(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no parameter " + name + ": " + parameters);
    }
    return value;
  }

  String query(String name) {
    return request.queryParam(name);
  }

  /** A non-negative integer query parameter, or {@code fallback} when absent. */
  int queryInt(String name, int fallback) {
    String value = query(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < 0) {
        throw ApiError.badRequest("Query parameter " + name + " must not be negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "Query parameter " + name + " must be an integer, was '" + value + "'");
    }
  }

  /** A non-negative integer field of a JSON body, or {@code fallback} when absent or null. */
  static int count(ObjectNode body, String field, int fallback) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber()
        || value.longValue() < 0
        || value.longValue() > Integer.MAX_VALUE) {
      throw ApiError.badRequest(field + " must be a non-negative integer, was " + value);
    }
    return value.intValue();
  }

  /** The body as JSON; JSON null when there is none. */
  JsonNode body() {
    try {
      return request.json();
    } catch (UncheckedIOException e) {
      throw ApiError.badRequest("Request body is not valid JSON: " + e.getCause().getMessage());
    }
  }

  /** The body, which must be a JSON object. */
  ObjectNode bodyObject() {
    JsonNode body = body();
    if (!body.isObject()) {
      throw ApiError.badRequest("Request body must be a JSON object");
    }
    return (ObjectNode) body;
  }

  /** The body, which may be absent (an empty object then) but otherwise must be a JSON object. */
  ObjectNode optionalBodyObject() {
    return request.body().length == 0 ? Json.object() : bodyObject();
  }
}
