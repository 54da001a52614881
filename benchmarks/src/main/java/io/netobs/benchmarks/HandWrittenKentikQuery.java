package io.netobs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXPoint;
import io.netobs.kentik.model.TopXResult;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.model.TopXSeries;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline of {@code query-10k}: {@code POST /api/v5/query/topXdata} with OkHttp, and the
 * answer read with Jackson into the SDK's records by hand. The time series points are arrays
 * ({@code [epoch ms, value, period s]}) that no record maps onto by itself, so the answer is read
 * as a tree and walked, as a user would: numbers into the row's values, other fields kept as plain
 * Java values, each point into a {@link TopXPoint}.
 */
public final class HandWrittenKentikQuery implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String url;
  private final String email;
  private final String token;

  /** A client of the Kentik API at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
  public HandWrittenKentikQuery(String baseUrl, String email, String token) {
    this.url = baseUrl + "/api/v5/query/topXdata";
    this.email = email;
    this.token = token;
  }

  /** Posts {@code body} (the query, as JSON) and reads the answer. */
  public TopXData topXData(byte[] body) throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("X-CH-Auth-Email", email)
            .header("X-CH-Auth-API-Token", token)
            .post(RequestBody.create(body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("POST /api/v5/query/topXdata: " + response.code());
      }
      return data(mapper.readTree(response.body().byteStream()));
    }
  }

  private TopXData data(JsonNode root) {
    List<TopXResult> results = new ArrayList<>();
    for (JsonNode result : root.path("results")) {
      List<TopXRow> rows = new ArrayList<>();
      for (JsonNode row : result.path("data")) {
        rows.add(row(row));
      }
      results.add(new TopXResult(result.path("bucket").asText(null), rows, others(result, 2)));
    }
    return new TopXData(results, Map.of());
  }

  private TopXRow row(JsonNode row) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Object> others = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      switch (field.getKey()) {
        case "key", "name", "timeSeries" -> {}
        default -> {
          if (field.getValue().isNumber()) {
            values.put(field.getKey(), field.getValue().doubleValue());
          } else {
            others.put(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
          }
        }
      }
    }
    Map<String, TopXSeries> series = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = row.path("timeSeries").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> metric = it.next();
      List<TopXPoint> points = new ArrayList<>();
      for (JsonNode point : metric.getValue().path("flow")) {
        points.add(
            new TopXPoint(
                Instant.ofEpochMilli(point.get(0).longValue()),
                point.get(1).isNull() ? Double.NaN : point.get(1).doubleValue(),
                Duration.ofMillis(Math.round(point.get(2).doubleValue() * 1000))));
      }
      series.put(metric.getKey(), new TopXSeries(points, Map.of()));
    }
    return new TopXRow(
        row.path("key").asText(null), row.path("name").asText(null), values, series, others);
  }

  /** The fields of a result other than bucket and data. */
  private Map<String, Object> others(JsonNode result, int known) {
    if (result.size() <= known) {
      return Map.of();
    }
    Map<String, Object> others = new LinkedHashMap<>();
    result
        .fields()
        .forEachRemaining(
            f -> {
              if (!f.getKey().equals("bucket") && !f.getKey().equals("data")) {
                others.put(f.getKey(), mapper.convertValue(f.getValue(), Object.class));
              }
            });
    return others;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
