package io.netobs.kentik.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Json;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXPoint;
import io.netobs.kentik.model.TopXResult;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.model.TopXSeries;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the answers of the Query API. Each shape problem is a {@link JsonMappingException} naming
 * where it is ({@code results[0].data[3].timeSeries...}), which the core reports as a decoding
 * exception with an excerpt of the body.
 */
public final class QueryAnswers {
  private QueryAnswers() {}

  /** {@code {"results": [{"bucket": ..., "data": [rows]}]}}. */
  public static TopXData data(ApiResponse response) throws IOException {
    JsonNode root = Json.mapper().readTree(response.body());
    requireObject(root, "the answer");
    List<TopXResult> results = new ArrayList<>();
    JsonNode list = root.get("results");
    if (list != null && !list.isNull()) {
      requireArray(list, "results");
      for (int i = 0; i < list.size(); i++) {
        results.add(result(list.get(i), "results[" + i + "]"));
      }
    }
    return new TopXData(results, others(root, "results"));
  }

  private static TopXResult result(JsonNode node, String where) throws IOException {
    requireObject(node, where);
    List<TopXRow> rows = new ArrayList<>();
    JsonNode data = node.get("data");
    if (data != null && !data.isNull()) {
      requireArray(data, where + ".data");
      for (int i = 0; i < data.size(); i++) {
        rows.add(row(data.get(i), where + ".data[" + i + "]"));
      }
    }
    return new TopXResult(text(node.get("bucket")), rows, others(node, "bucket", "data"));
  }

  private static TopXRow row(JsonNode node, String where) throws IOException {
    requireObject(node, where);
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Object> unknown = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (name.equals("key") || name.equals("name") || name.equals("timeSeries")) {
        continue;
      }
      if (field.getValue().isNumber()) {
        values.put(name, field.getValue().doubleValue());
      } else {
        unknown.put(name, plain(field.getValue()));
      }
    }
    Map<String, TopXSeries> series = new LinkedHashMap<>();
    JsonNode timeSeries = node.get("timeSeries");
    if (timeSeries != null && !timeSeries.isNull()) {
      requireObject(timeSeries, where + ".timeSeries");
      for (Iterator<Map.Entry<String, JsonNode>> it = timeSeries.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> metric = it.next();
        series.put(
            metric.getKey(), series(metric.getValue(), where + ".timeSeries." + metric.getKey()));
      }
    }
    return new TopXRow(text(node.get("key")), text(node.get("name")), values, series, unknown);
  }

  private static TopXSeries series(JsonNode node, String where) throws IOException {
    requireObject(node, where);
    List<TopXPoint> points = new ArrayList<>();
    JsonNode flow = node.get("flow");
    if (flow != null && !flow.isNull()) {
      requireArray(flow, where + ".flow");
      for (int i = 0; i < flow.size(); i++) {
        points.add(point(flow.get(i), where, i));
      }
    }
    return new TopXSeries(points, others(node, "flow"));
  }

  /** The point at {@code index} of the flow at {@code where} (named only when it is wrong). */
  private static TopXPoint point(JsonNode node, String where, int index) throws IOException {
    if (node == null
        || !node.isArray()
        || node.size() < 3
        || !node.get(0).isNumber()
        || !node.get(2).isNumber()
        || !(node.get(1).isNumber() || node.get(1).isNull())) {
      throw fail(
          where
              + ".flow["
              + index
              + "] must be [epoch milliseconds, value, period in seconds], got "
              + show(node));
    }
    double value = node.get(1).isNull() ? Double.NaN : node.get(1).doubleValue();
    return new TopXPoint(
        Instant.ofEpochMilli(node.get(0).longValue()),
        value,
        Duration.ofMillis(Math.round(node.get(2).doubleValue() * 1000)));
  }

  /** {@code {"dataUri": "data:image/png;base64,..."}}. */
  public static TopXChart chart(ApiResponse response) throws IOException {
    JsonNode root = Json.mapper().readTree(response.body());
    requireObject(root, "the answer");
    JsonNode uri = root.get("dataUri");
    if (uri == null || !uri.isTextual()) {
      throw fail("expected {\"dataUri\": \"data:...;base64,...\"}, got no dataUri text");
    }
    String text = uri.asText();
    int comma = text.indexOf(',');
    String head = comma < 0 ? "" : text.substring(0, comma);
    if (!head.regionMatches(true, 0, "data:", 0, 5)
        || !head.toLowerCase(Locale.ROOT).endsWith(";base64")
        || head.length() <= "data:;base64".length()) {
      throw fail(
          "dataUri must be data:<media type>;base64,<data>, began with "
              + show(text.substring(0, Math.min(40, text.length()))));
    }
    String mediaType = head.substring(5, head.length() - ";base64".length());
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.substring(comma + 1).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw fail("dataUri does not hold valid base64: " + e.getMessage());
    }
    return new TopXChart(ChartImageType.ofMediaType(mediaType), bytes);
  }

  /** A bare JSON string: the URL in quotes. */
  public static String url(ApiResponse response) throws IOException {
    JsonNode root = Json.mapper().readTree(response.body());
    if (root == null || !root.isTextual() || root.asText().isBlank()) {
      throw fail("expected the URL as a JSON string, got " + kind(root));
    }
    return root.asText();
  }

  private static void requireObject(JsonNode node, String where) throws IOException {
    if (node == null || !node.isObject()) {
      throw fail(where + " must be a JSON object, got " + kind(node));
    }
  }

  private static void requireArray(JsonNode node, String where) throws IOException {
    if (!node.isArray()) {
      throw fail(where + " must be a JSON array, got " + kind(node));
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Map<String, Object> others(JsonNode node, String... known) {
    Map<String, Object> unknown = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!List.of(known).contains(field.getKey())) {
        unknown.put(field.getKey(), plain(field.getValue()));
      }
    }
    return unknown;
  }

  private static Object plain(JsonNode node) {
    return Json.mapper().convertValue(node, Object.class);
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "no body";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static String show(Object value) {
    String text = String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static JsonMappingException fail(String message) {
    return JsonMappingException.from((JsonParser) null, message);
  }
}
