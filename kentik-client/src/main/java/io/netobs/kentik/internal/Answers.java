package io.netobs.kentik.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Json;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the answers of the Kentik API, whose wrappers differ per endpoint ({@code {"tag": {...}}},
 * {@code {"customDimensions": [...]}}, bare arrays and objects). Each reader accepts the wrapped
 * and the bare form, so that an endpoint changing its wrapper does not break decoding.
 */
public final class Answers {
  private Answers() {}

  /** One object, wrapped in {@code wrapper} or bare. */
  public static <T> T object(ApiResponse response, String wrapper, Class<T> type)
      throws IOException {
    JsonNode root = Json.mapper().readTree(response.body());
    JsonNode node = root;
    if (wrapper != null
        && root != null
        && root.isObject()
        && root.get(wrapper) != null
        && root.get(wrapper).isObject()) {
      node = root.get(wrapper);
    }
    if (node == null || !node.isObject()) {
      throw JsonMappingException.from(
          (JsonParser) null,
          "expected a JSON object"
              + (wrapper == null ? "" : " (or {\"" + wrapper + "\": {...}})")
              + ", got "
              + kind(node));
    }
    return Json.mapper().readerFor(type).readValue(node);
  }

  /** A list, wrapped in {@code wrapper} or a bare array. */
  public static <T> List<T> list(ApiResponse response, String wrapper, Class<T> element)
      throws IOException {
    JsonNode root = Json.mapper().readTree(response.body());
    JsonNode node = root;
    if (wrapper != null && root != null && root.isObject() && root.get(wrapper) != null) {
      node = root.get(wrapper);
      if (node.isNull()) {
        return List.of();
      }
    }
    if (node == null || !node.isArray()) {
      throw JsonMappingException.from(
          (JsonParser) null,
          "expected a JSON array"
              + (wrapper == null ? "" : " (or {\"" + wrapper + "\": [...]})")
              + ", got "
              + kind(node));
    }
    JavaType type = Json.listOf(element);
    return List.copyOf(
        Json.requireItems(
            Json.mapper().<List<T>>readValue(Json.mapper().treeAsTokens(node), type)));
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "no body";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }
}
