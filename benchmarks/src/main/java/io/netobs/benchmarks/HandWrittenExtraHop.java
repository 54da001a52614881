package io.netobs.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline: what a skilled engineer writes by hand instead of using the SDK. One shared {@link
 * OkHttpClient} with its defaults, one {@link ObjectMapper} configured once (Java time types,
 * unknown fields ignored, epoch numbers read as milliseconds as ExtraHop sends them), the same
 * model records, and Jackson reading straight from the response stream. No retries, no rate limit,
 * no logging: the things the SDK adds are exactly what the benchmarks price.
 */
public final class HandWrittenExtraHop implements AutoCloseable {
  private final OkHttpClient http;
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
          .build();
  private final JavaType deviceList =
      mapper.getTypeFactory().constructCollectionType(List.class, Device.class);
  private final HttpUrl api;
  private final String authorization;

  /** A client of the appliance at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
  public HandWrittenExtraHop(String baseUrl, String apiKey) {
    this(baseUrl, apiKey, new OkHttpClient());
  }

  /**
   * A client of the appliance at {@code baseUrl} through {@code http} (e.g. an {@link OkHttpClient}
   * with its defaults but for the certificates it trusts).
   */
  public HandWrittenExtraHop(String baseUrl, String apiKey, OkHttpClient http) {
    this.http = http;
    this.api = HttpUrl.get(baseUrl + "/api/v1/");
    this.authorization = "ExtraHop apikey=" + apiKey;
  }

  /** {@code GET /devicegroups/{id}}. */
  public DeviceGroup deviceGroup(long id) throws IOException {
    HttpUrl url =
        api.newBuilder().addPathSegment("devicegroups").addPathSegment(Long.toString(id)).build();
    return get(url, mapper.constructType(DeviceGroup.class));
  }

  /** {@code GET /devices?limit=..&offset=..}: one page. */
  public List<Device> devices(long offset, int limit) throws IOException {
    HttpUrl url =
        api.newBuilder()
            .addPathSegment("devices")
            .addQueryParameter("limit", Integer.toString(limit))
            .addQueryParameter("offset", Long.toString(offset))
            .build();
    return get(url, deviceList);
  }

  /** Every device, {@code pageSize} at a time, until a page comes back short. */
  public void forEachDevice(int pageSize, Consumer<Device> action) throws IOException {
    for (long offset = 0; ; offset += pageSize) {
      List<Device> page = devices(offset, pageSize);
      page.forEach(action);
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  private <T> T get(HttpUrl url, JavaType type) throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("GET " + url.encodedPath() + ": " + response.code());
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
