package io.netobs.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ExtraHop listings of the delayed-server scenarios: devices ({@code GET /api/v1/devices}, as
 * {@link ExtraHopAnswers} serves them), detections ({@code POST /api/v1/detections/search}, paged
 * by the {@code limit} and {@code offset} of the body) and records ({@code POST
 * /api/v1/records/search}, then {@code POST /api/v1/records/cursor} with {@code {"cursor": ..}}
 * until a page comes back empty). As with the devices, a page of {@code n} detections or records is
 * the same bytes whatever its place in the listing, built once; a records page differs only in its
 * cursor.
 */
public final class PagingAnswers implements LoopbackServer.Handler {
  private static final JsonFactory JSON = new JsonFactory();
  private static final byte[] NOT_FOUND =
      LoopbackServer.response(
          404,
          "application/json",
          "{\"error_message\":\"not served by the benchmark server\"}"
              .getBytes(StandardCharsets.UTF_8));

  private final ExtraHopAnswers devices;
  private final long totalDetections;
  private final long totalRecords;
  private final int recordsPerPage;
  private final Map<Integer, byte[]> detectionPages = new ConcurrentHashMap<>();
  private final Map<Integer, byte[]> recordArrays = new ConcurrentHashMap<>();

  /**
   * Serves {@code totalDevices} devices, {@code totalDetections} detections and {@code
   * totalRecords} records, {@code recordsPerPage} records a page.
   */
  public PagingAnswers(
      long totalDevices, long totalDetections, long totalRecords, int recordsPerPage) {
    this.devices = new ExtraHopAnswers(totalDevices);
    this.totalDetections = totalDetections;
    this.totalRecords = totalRecords;
    this.recordsPerPage = recordsPerPage;
  }

  /** Builds the pages of {@code size} items now, rather than on the first request. */
  public PagingAnswers prepare(int size) {
    devices.prepare(size);
    detectionPage(size);
    records(size);
    records(0);
    return this;
  }

  @Override
  public byte[] answer(String method, String target, byte[] body) {
    if (method.equals("GET")) {
      return devices.answer(method, target, body);
    }
    if (!method.equals("POST")) {
      return NOT_FOUND;
    }
    return switch (target) {
      case "/api/v1/detections/search" -> {
        long limit = number(body, "limit", 100);
        long offset = number(body, "offset", 0);
        yield detectionPage((int) Math.max(0, Math.min(limit, totalDetections - offset)));
      }
      case "/api/v1/records/search" -> recordsPage(0);
      case "/api/v1/records/cursor" -> recordsPage(Long.parseLong(text(body, "cursor")));
      default -> NOT_FOUND;
    };
  }

  /** The answer whose records start at {@code offset}: its cursor is the offset of the next. */
  private byte[] recordsPage(long offset) {
    int size = (int) Math.max(0, Math.min(recordsPerPage, totalRecords - offset));
    byte[] head =
        ("{\"total\":" + totalRecords + ",\"records\":").getBytes(StandardCharsets.US_ASCII);
    byte[] array = records(size);
    byte[] tail = (",\"cursor\":\"" + (offset + size) + "\"}").getBytes(StandardCharsets.US_ASCII);
    byte[] json = new byte[head.length + array.length + tail.length];
    System.arraycopy(head, 0, json, 0, head.length);
    System.arraycopy(array, 0, json, head.length, array.length);
    System.arraycopy(tail, 0, json, head.length + array.length, tail.length);
    return LoopbackServer.json(json);
  }

  private byte[] records(int size) {
    return recordArrays.computeIfAbsent(
        size,
        n ->
            write(
                g -> {
                  g.writeStartArray();
                  for (int i = 0; i < n; i++) {
                    writeRecord(g, i);
                  }
                  g.writeEndArray();
                }));
  }

  private byte[] detectionPage(int size) {
    return detectionPages.computeIfAbsent(
        size,
        n ->
            LoopbackServer.json(
                write(
                    g -> {
                      g.writeStartArray();
                      for (int i = 0; i < n; i++) {
                        writeDetection(g, i);
                      }
                      g.writeEndArray();
                    })));
  }

  /** An HTTP record as the record log stores it (about 700 bytes of JSON). */
  private static void writeRecord(JsonGenerator g, int i) throws IOException {
    long time = 1_763_894_000_000L + i * 37L;
    g.writeStartObject();
    g.writeStringField("_id", String.format("AZr%013d", i));
    g.writeStringField("_type", "~http");
    g.writeStringField("_index", "records-2025.11.23");
    g.writeObjectFieldStart("_source");
    g.writeNumberField("timestamp", time);
    g.writeStringField("method", i % 5 == 0 ? "POST" : "GET");
    g.writeStringField("uri", "/api/v" + (i % 3 + 1) + "/orders/" + i + "?expand=items");
    g.writeStringField("host", "shop-" + i % 16 + ".example.com");
    g.writeNumberField("statusCode", i % 50 == 0 ? 500 : 200);
    g.writeNumberField("processingTime", 3.5 + i % 100 / 10.0);
    g.writeNumberField("reqBytes", 420 + i % 300);
    g.writeNumberField("rspBytes", 12_000 + i % 5_000);
    g.writeStringField("userAgent", "Mozilla/5.0 (X11; Linux x86_64) bench/" + i % 7);
    g.writeObjectFieldStart("client");
    g.writeStringField("type", "device");
    g.writeStringField("value", "0005a3fffc" + String.format("%06x", i & 0xffffff));
    g.writeEndObject();
    g.writeObjectFieldStart("server");
    g.writeStringField("type", "device");
    g.writeStringField("value", "0005a3fffd" + String.format("%06x", i % 16));
    g.writeEndObject();
    g.writeStringField(
        "clientAddr", "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
    g.writeStringField("serverAddr", "10.1.0." + i % 16);
    g.writeNumberField("clientPort", 40_000 + i % 20_000);
    g.writeNumberField("serverPort", 443);
    g.writeBooleanField("isEncrypted", true);
    g.writeArrayFieldStart("flowId");
    g.writeString(Integer.toHexString(i * 7919));
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A detection with every field the search returns (about 1.1 KB of JSON). */
  private static void writeDetection(JsonGenerator g, int i) throws IOException {
    long base = 1_763_894_000_000L + i * 60_000L;
    g.writeStartObject();
    g.writeNumberField("id", 500_000 + i);
    g.writeNumberField("mod_time", base + 90_000);
    g.writeNumberField("create_time", base + 30_000);
    g.writeNumberField("start_time", base);
    g.writeNumberField("end_time", base + 60_000);
    g.writeNumberField("update_time", base + 60_000);
    g.writeStringField("title", "Suspicious LDAP Search " + i);
    g.writeStringField(
        "description",
        "A device sent an LDAP query that resembles reconnaissance of privileged accounts ("
            + i
            + ").");
    g.writeStringField("type", "ldap_recon_search");
    g.writeArrayFieldStart("categories");
    g.writeString("sec");
    g.writeString("sec.recon");
    g.writeEndArray();
    g.writeNumberField("risk_score", 30 + i % 70);
    g.writeStringField("status", i % 3 == 0 ? "in_progress" : "new");
    g.writeNullField("resolution");
    g.writeStringField("assignee", i % 4 == 0 ? "analyst" + i % 5 : null);
    g.writeNullField("ticket_id");
    g.writeNullField("ticket_url");
    g.writeArrayFieldStart("participants");
    for (int p = 0; p < 2; p++) {
      g.writeStartObject();
      g.writeNumberField("id", i * 2L + p);
      g.writeStringField("role", p == 0 ? "offender" : "victim");
      g.writeStringField("object_type", "device");
      g.writeNumberField("object_id", 10_000 + (i + p) % 5_000);
      g.writeStringField("ipaddr", "10.2." + (i >> 8 & 0xff) + "." + (i + p & 0xff));
      g.writeStringField("hostname", "host-" + (i + p) + ".corp.example.com");
      g.writeBooleanField("external", false);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("base_dn", "DC=corp,DC=example,DC=com");
    g.writeNumberField("query_count", i % 40);
    g.writeEndObject();
    g.writeArrayFieldStart("mitre_tactics");
    g.writeStartObject();
    g.writeStringField("id", "TA0007");
    g.writeStringField("name", "Discovery");
    g.writeStringField("url", "https://attack.mitre.org/tactics/TA0007");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("mitre_techniques");
    g.writeStartObject();
    g.writeStringField("id", "T1087");
    g.writeStringField("name", "Account Discovery");
    g.writeStringField("url", "https://attack.mitre.org/techniques/T1087");
    g.writeEndObject();
    g.writeEndArray();
    g.writeNumberField("appliance_id", 3);
    g.writeBooleanField("is_user_created", false);
    g.writeBooleanField("recommended", i % 10 == 0);
    g.writeEndObject();
  }

  /** A top-level number of a small JSON body, or {@code absent}. */
  private static long number(byte[] body, String name, long absent) {
    String value = field(body, name);
    return value == null ? absent : Long.parseLong(value);
  }

  private static String text(byte[] body, String name) {
    String value = field(body, name);
    if (value == null) {
      throw new IllegalArgumentException("no " + name + " in the request body");
    }
    return value;
  }

  private static String field(byte[] body, String name) {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals(name) && value.isScalarValue()) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
