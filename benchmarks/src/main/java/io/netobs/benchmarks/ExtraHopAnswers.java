package io.netobs.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ExtraHop side of the benchmarks: answers {@code GET /api/v1/devicegroups/{id}} with one
 * device group, and {@code GET /api/v1/devices?limit=L&offset=O} with the devices from {@code O}
 * (at most {@code L}) of a listing of {@code totalDevices}. Every body is built once and then
 * served as the same bytes: a page of {@code n} devices is the same whatever its offset, so a
 * million devices paged 1,000 at a time cost the server one 1,000-device body held in memory.
 *
 * <p>The devices have every field of the REST API's sample device, each with a value that varies
 * with the device's place in the page (about 900 bytes of JSON each).
 */
public final class ExtraHopAnswers implements LoopbackServer.Handler {
  /** The device group every benchmark asks for. */
  public static final long GROUP_ID = 151;

  /** The API key both clients send. */
  public static final String API_KEY = "benchmark-api-key";

  private static final JsonFactory JSON = new JsonFactory();
  private static final byte[] NOT_FOUND =
      LoopbackServer.response(
          404,
          "application/json",
          "{\"error_message\":\"not served by the benchmark server\"}"
              .getBytes(StandardCharsets.UTF_8));

  private final long totalDevices;
  private final byte[] deviceGroup = LoopbackServer.json(deviceGroupJson());
  private final Map<Integer, byte[]> pagesBySize = new ConcurrentHashMap<>();

  public ExtraHopAnswers(long totalDevices) {
    this.totalDevices = totalDevices;
  }

  /** Builds the answer of a page of {@code size} devices now, rather than on the first request. */
  public ExtraHopAnswers prepare(int size) {
    page(size);
    return this;
  }

  @Override
  public byte[] answer(String method, String target, byte[] body) {
    if (!method.equals("GET")) {
      return NOT_FOUND;
    }
    if (target.equals("/api/v1/devicegroups/" + GROUP_ID)) {
      return deviceGroup;
    }
    if (target.startsWith("/api/v1/devices?")) {
      long limit = queryNumber(target, "limit", 100);
      long offset = queryNumber(target, "offset", 0);
      long size = Math.max(0, Math.min(limit, totalDevices - offset));
      return page((int) size);
    }
    return NOT_FOUND;
  }

  /** The JSON of the device at {@code index} of every page, as served. */
  public static byte[] deviceJson(int index) {
    return write(g -> writeDevice(g, index));
  }

  private byte[] page(int size) {
    return pagesBySize.computeIfAbsent(
        size,
        n ->
            LoopbackServer.json(
                write(
                    g -> {
                      g.writeStartArray();
                      for (int i = 0; i < n; i++) {
                        writeDevice(g, i);
                      }
                      g.writeEndArray();
                    })));
  }

  private static long queryNumber(String target, String name, long absent) {
    int query = target.indexOf('?');
    for (String pair : target.substring(query + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return Long.parseLong(pair.substring(name.length() + 1));
      }
    }
    return absent;
  }

  private static void writeDevice(JsonGenerator g, int i) throws IOException {
    long base = 1_763_894_000_000L + i * 1_000L;
    String ip = "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
    g.writeStartObject();
    g.writeNumberField("mod_time", base + 346_504);
    g.writeNullField("node_id");
    g.writeNumberField("id", 10_000 + i);
    g.writeStringField("extrahop_id", String.format("test%08x", i));
    g.writeStringField("discovery_id", String.format("0005a3fffc%06x", i));
    g.writeNullField("description");
    g.writeNumberField("user_mod_time", base + 253_809);
    g.writeNumberField("discover_time", base + 250_000);
    g.writeNumberField("vlanid", i % 4096);
    g.writeNumberField("parent_id", 9352);
    g.writeStringField(
        "macaddr",
        String.format("00:05:a3:%02x:%02x:%02x", i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff));
    g.writeStringField("vendor", "Cisco");
    g.writeBooleanField("is_l3", i % 2 == 0);
    g.writeStringField("ipaddr4", ip);
    g.writeNullField("ipaddr6");
    g.writeStringField("device_class", "node");
    g.writeStringField("default_name", "Cisco" + i);
    g.writeNullField("custom_name");
    g.writeStringField("cdp_name", "core-sw-" + i % 16);
    g.writeStringField("dhcp_name", "");
    g.writeStringField("netbios_name", "");
    g.writeStringField("dns_name", "host-" + i + ".example.com");
    g.writeStringField("custom_type", "");
    g.writeNumberField("analysis_level", 1);
    g.writeStringField("display_name", "Cisco " + ip);
    g.writeStringField("role", "gateway");
    g.writeStringField("auto_role", "gateway");
    g.writeBooleanField("critical", false);
    g.writeBooleanField("on_watchlist", false);
    g.writeNumberField("last_seen_time", base + 6_000_000);
    g.writeNullField("model");
    g.writeNullField("cloud_account");
    g.writeNullField("cloud_instance_id");
    g.writeNullField("vpc_id");
    g.writeNullField("subnet_id");
    g.writeArrayFieldStart("activity");
    g.writeString("extrahop.device.net");
    g.writeString("extrahop.device.tcp");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static byte[] deviceGroupJson() {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("mod_time", 1_448_910_028_000L);
          g.writeNumberField("id", GROUP_ID);
          g.writeStringField("name", "FTP Servers");
          g.writeStringField("description", "FTP Example");
          g.writeBooleanField("dynamic", true);
          g.writeStringField("field", "type");
          g.writeStringField("value", "/^extrahop.device.ftp_server$/");
          g.writeNullField("filter");
          g.writeBooleanField("include_custom_devices", true);
          g.writeBooleanField("built_in", false);
          g.writeArrayFieldStart(
              "editors"); // a field the model does not know: kept in unknownFields
          g.writeString("admin");
          g.writeEndArray();
          g.writeEndObject();
        });
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
