package io.netobs.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.RecordPage;
import io.netobs.extrahop.model.StoredRecord;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline of the delayed-server scenarios: the sequential loops a user writes by hand for the
 * detection search ({@code POST /detections/search}, offset after offset) and the record search
 * ({@code POST /records/search}, then {@code POST /records/cursor} with each page's cursor). Set up
 * as {@link HandWrittenExtraHop} is: one {@link OkHttpClient} with its defaults, one {@link
 * ObjectMapper} configured once, the SDK's model records as targets, Jackson reading straight from
 * the response stream. Each page is asked for when the one before has been read.
 */
public final class HandWrittenPaging implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
          .build();
  private final JavaType detectionList =
      mapper.getTypeFactory().constructCollectionType(List.class, Detection.class);
  private final JavaType recordPage = mapper.constructType(RecordPage.class);
  private final HttpUrl api;
  private final String authorization;

  /** A client of the appliance at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
  public HandWrittenPaging(String baseUrl, String apiKey) {
    this.api = HttpUrl.get(baseUrl + "/api/v1/");
    this.authorization = "ExtraHop apikey=" + apiKey;
  }

  /** Every detection of the search, {@code pageSize} at a time, until a page comes back short. */
  public void forEachDetection(int pageSize, Consumer<Detection> action) throws IOException {
    HttpUrl url = api.resolve("detections/search");
    for (long offset = 0; ; offset += pageSize) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("limit", pageSize);
      body.put("offset", offset);
      List<Detection> page = post(url, body, detectionList);
      page.forEach(action);
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  /** Every record of the search, following the cursor until a page comes back empty. */
  public void forEachRecord(int pageSize, Consumer<StoredRecord> action) throws IOException {
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("from", -3_600_000);
    search.put("limit", pageSize);
    RecordPage page = post(api.resolve("records/search"), search, recordPage);
    HttpUrl next = api.resolve("records/cursor");
    while (true) {
      page.records().forEach(action);
      if (page.cursor() == null || page.cursor().isEmpty() || page.records().isEmpty()) {
        return;
      }
      page = post(next, Map.of("cursor", page.cursor()), recordPage);
    }
  }

  private <T> T post(HttpUrl url, Object body, JavaType type) throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("POST " + url.encodedPath() + ": " + response.code());
      }
      return mapper.readValue(response.body().byteStream(), type);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
