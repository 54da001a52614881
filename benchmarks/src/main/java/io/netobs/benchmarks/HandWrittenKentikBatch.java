package io.netobs.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline of the batch benchmark: a Kentik batch sent as a skilled engineer writes it by hand.
 * Each part is written with Jackson's streaming generator into one reused buffer; a part is closed
 * once it comes within {@link #HEADROOM} bytes of the limit (no single upsert of the data comes
 * near that, which the engineer knows of their own data); the first part goes without a guid, the
 * rest with the guid the server answered, and only the last is marked complete. It reads the same
 * {@link BatchUpsert} objects the SDK is given, and does not validate them.
 */
public final class HandWrittenKentikBatch implements AutoCloseable {
  /** How far below the limit a part is closed: room for one more upsert and the closing fields. */
  public static final int HEADROOM = 16 * 1024;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final HttpUrl api;
  private final String email;
  private final String apiToken;

  /** What the server answers to a part. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PartAnswer(String message, String guid) {}

  /** What was sent: the operation's guid, the parts and the criteria. */
  public record Sent(String guid, int parts, long criteria) {}

  public HandWrittenKentikBatch(String baseUrl, String email, String apiToken) {
    this.api = HttpUrl.get(baseUrl + "/api/v5/");
    this.email = email;
    this.apiToken = apiToken;
  }

  /**
   * Replaces (when {@code replaceAll}) the populators of {@code dimension} with {@code upserts}.
   */
  public Sent sendPopulators(
      String dimension, Iterator<BatchUpsert> upserts, boolean replaceAll, int partSizeLimit)
      throws IOException {
    HttpUrl url =
        api.newBuilder()
            .addPathSegment("batch")
            .addPathSegment("customdimensions")
            .addPathSegment(dimension)
            .addPathSegment("populators")
            .build();
    ByteArrayOutputStream part = new ByteArrayOutputStream(partSizeLimit);
    String guid = null;
    int parts = 0;
    long criteria = 0;
    while (true) {
      part.reset();
      try (JsonGenerator g = mapper.getFactory().createGenerator(part)) {
        g.writeStartObject();
        g.writeArrayFieldStart("upserts");
        while (part.size() + g.getOutputBuffered() < partSizeLimit - HEADROOM
            && upserts.hasNext()) {
          BatchUpsert upsert = upserts.next();
          g.writeStartObject();
          g.writeStringField("value", upsert.value());
          g.writeArrayFieldStart("criteria");
          for (Criterion criterion : upsert.criteria()) {
            writeCriterion(g, criterion);
            criteria++;
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        boolean complete = !upserts.hasNext();
        g.writeEndArray();
        g.writeArrayFieldStart("deletes");
        g.writeEndArray();
        g.writeBooleanField("replace_all", replaceAll);
        g.writeBooleanField("complete", complete);
        if (guid != null) {
          g.writeStringField("guid", guid);
        }
        g.writeEndObject();
        g.flush();
        String answered = post(url, part.toByteArray());
        guid = guid == null ? answered : guid;
        parts++;
        if (complete) {
          return new Sent(guid, parts, criteria);
        }
      }
    }
  }

  private static void writeCriterion(JsonGenerator g, Criterion criterion) throws IOException {
    g.writeStartObject();
    if (criterion.direction().isPresent()) {
      g.writeStringField("direction", criterion.direction().get().value());
    }
    for (Map.Entry<MatchField, List<String>> field : criterion.fields().entrySet()) {
      g.writeArrayFieldStart(field.getKey().wireName());
      for (String value : field.getValue()) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private String post(HttpUrl url, byte[] body) throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("X-CH-Auth-Email", email)
            .header("X-CH-Auth-API-Token", apiToken)
            .header("Accept", "application/json")
            .post(RequestBody.create(body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("POST " + url.encodedPath() + ": " + response.code());
      }
      PartAnswer answer = mapper.readValue(response.body().byteStream(), PartAnswer.class);
      if (answer.guid() == null) {
        throw new IOException(
            "POST " + url.encodedPath() + " answered without a guid: " + answer.message());
      }
      return answer.guid();
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
