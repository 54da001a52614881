package io.netobs.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Kentik side of {@code query-10k}: answers {@code POST /api/v5/query/topXdata} with one result
 * of {@code rows} rows, each with its key and name, three aggregates, a text field and one time
 * series of {@code points} points ({@code [epoch ms, value, period s]}), built once.
 */
public final class TopXAnswers implements LoopbackServer.Handler {
  private static final String PATH = "/api/v5/query/topXdata";
  private static final byte[] NOT_FOUND =
      LoopbackServer.response(
          404,
          "application/json",
          "{\"error\":\"not served by the benchmark server\"}".getBytes(StandardCharsets.UTF_8));

  private final byte[] answer;

  public TopXAnswers(int rows, int points) {
    this.answer = LoopbackServer.json(json(rows, points));
  }

  @Override
  public byte[] answer(String method, String target, byte[] body) {
    return method.equals("POST") && target.equals(PATH) ? answer : NOT_FOUND;
  }

  private static byte[] json(int rows, int points) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("results");
      g.writeStartObject();
      g.writeStringField("bucket", "Left +Y Axis");
      g.writeArrayFieldStart("data");
      for (int r = 0; r < rows; r++) {
        String address = "10." + (r >> 16 & 0xff) + "." + (r >> 8 & 0xff) + "." + (r & 0xff);
        g.writeStartObject();
        g.writeStringField("key", address);
        g.writeStringField("name", address);
        g.writeNumberField("avg_bits_per_sec", 1_200.5 + r);
        g.writeNumberField("p95th_bits_per_sec", 2_400.25 + r);
        g.writeNumberField("max_bits_per_sec", 3_600 + r);
        g.writeStringField("inet_src_addr", address);
        g.writeObjectFieldStart("timeSeries");
        g.writeObjectFieldStart("both_bits_per_sec");
        g.writeArrayFieldStart("flow");
        for (int p = 0; p < points; p++) {
          g.writeStartArray();
          g.writeNumber(1_735_725_600_000L + p * 60_000L);
          g.writeNumber(1_000 + (r * 31 + p * 17) % 5_000);
          g.writeNumber(60);
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
