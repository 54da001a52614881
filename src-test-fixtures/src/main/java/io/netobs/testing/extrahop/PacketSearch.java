package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packet search of today's firmware: {@code GET /packets/search} (criteria as query parameters) and
 * {@code POST /packets/search} (criteria as a JSON body). The packets are made up,
 * deterministically, from the flows of the generated record log that match the criteria (time
 * range, {@code ip1}/{@code ip2}, {@code port1}/{@code port2}, a small subset of BPF), and written
 * as a real file of the asked {@code output}: a PCAP file (global header and packet records of
 * Ethernet, IPv4 and TCP or UDP frames), a PCAPNG file (section header, interface description and
 * enhanced packet blocks, plus a decryption secrets block when {@code include_secrets}), a TLS key
 * log, a ZIP file of both, or a ZIP file of extracted HTTP bodies. About {@code min(limit_bytes,
 * packetCaptureSize)} bytes of frames are written. When nothing matches the answer is 204 with no
 * body, unless {@code always_return_body} asks for an empty file (a capture without packets, an
 * empty key log or ZIP).
 */
final class PacketSearch {
  static final String PCAP = "application/vnd.tcpdump.pcap";
  static final String PCAPNG = "application/x-pcapng";
  static final String ZIP = "application/zip";
  static final String TEXT = "text/plain";

  private static final Set<String> OUTPUTS =
      Set.of("pcap", "pcapng", "keylog_txt", "zip", "extract");
  private static final Set<String> FIELDS =
      Set.of(
          "from",
          "until",
          "bpf",
          "ip1",
          "port1",
          "ip2",
          "port2",
          "limit_bytes",
          "limit_search_duration",
          "output",
          "always_return_body",
          "include_secrets",
          "decrypt_files");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(B|KB|MB|GB|TB)?", Pattern.CASE_INSENSITIVE);
  private static final long DEFAULT_LIMIT_BYTES = 100L * 1024 * 1024;

  /** The most bytes the fake builds in memory for one answer. */
  private static final long MOST_BYTES = 64L * 1024 * 1024;

  private static final int PAYLOAD = 960;

  /** One flow that packets are made of. */
  private record Flow(
      long time,
      String client,
      int clientPort,
      String server,
      int serverPort,
      boolean udp,
      String id,
      String type) {}

  private PacketSearch() {}

  /** {@code POST /packets/search}: the criteria in a JSON object. */
  static Handler byBody() {
    return call -> {
      ObjectNode body = call.bodyObject();
      Map<String, String> criteria = new java.util.LinkedHashMap<>();
      body.properties()
          .forEach(
              field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                  if (value.isContainerNode()) {
                    throw ApiError.badRequest(
                        field.getKey() + " must be a string, a number or a boolean");
                  }
                  criteria.put(field.getKey(), value.asText());
                }
              });
      return answer(call, criteria);
    };
  }

  /** {@code GET /packets/search}: the criteria as query parameters. */
  static Handler byQuery() {
    return call -> {
      Map<String, String> criteria = new java.util.LinkedHashMap<>();
      for (String name : FIELDS) {
        String value = call.query(name);
        if (value != null) {
          criteria.put(name, value);
        }
      }
      return answer(call, criteria);
    };
  }

  private static FakeResponse answer(Call call, Map<String, String> criteria) {
    for (String name : criteria.keySet()) {
      if (!FIELDS.contains(name)) {
        throw ApiError.badRequest("Unknown packet search field " + name);
      }
    }
    String fromText = criteria.get("from");
    if (fromText == null || fromText.isBlank()) {
      throw ApiError.badRequest("Field from is required");
    }
    long from = Times.instant(fromText, call.now, false, "from");
    long until =
        criteria.containsKey("until")
            ? Times.instant(criteria.get("until"), call.now, true, "until")
            : call.now;
    String output = criteria.getOrDefault("output", "pcap");
    if (!OUTPUTS.contains(output)) {
      throw ApiError.badRequest(
          "output must be one of " + new java.util.TreeSet<>(OUTPUTS) + ", was " + output);
    }
    boolean alwaysBody = flag(criteria, "always_return_body");
    boolean secrets = flag(criteria, "include_secrets");
    flag(criteria, "decrypt_files");
    long limitBytes =
        criteria.containsKey("limit_bytes")
            ? size(criteria.get("limit_bytes"))
            : DEFAULT_LIMIT_BYTES;
    if (criteria.containsKey("limit_search_duration")) {
      Times.duration(
          Json.MAPPER.getNodeFactory().textNode(criteria.get("limit_search_duration")),
          "limit_search_duration");
    }
    Predicate<Flow> filter =
        endpoint(criteria.get("ip1"), criteria.get("port1"), "1")
            .and(endpoint(criteria.get("ip2"), criteria.get("port2"), "2"))
            .and(Bpf.compile(criteria.get("bpf")));

    List<Flow> flows = new ArrayList<>();
    for (ObjectNode record : call.state.records) {
      Flow flow = flow(record);
      if (flow != null && flow.time >= from && flow.time <= until && filter.test(flow)) {
        flows.add(flow);
      }
    }
    if (output.equals("extract")) {
      flows.removeIf(flow -> !flow.type.equals("~http"));
    }
    long budget = Math.min(Math.min(limitBytes, call.settings.packetCaptureSize()), MOST_BYTES);
    if (flows.isEmpty() && !alwaysBody) {
      return FakeResponse.empty(204);
    }
    byte[] bytes;
    String type;
    String name;
    switch (output) {
      case "pcapng" -> {
        bytes = pcapng(flows, budget, secrets);
        type = PCAPNG;
        name = "packets.pcapng";
      }
      case "keylog_txt" -> {
        bytes = keylog(flows).getBytes(StandardCharsets.US_ASCII);
        type = TEXT;
        name = "keylog.txt";
      }
      case "zip" -> {
        bytes =
            zip(
                Map.of(
                    "packets.pcap",
                    pcap(flows, budget),
                    "keylog.txt",
                    keylog(flows).getBytes(StandardCharsets.US_ASCII)));
        type = ZIP;
        name = "packets.zip";
      }
      case "extract" -> {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (Flow flow : flows.subList(0, Math.min(flows.size(), 50))) {
          files.put("http-" + flow.id + ".bin", payload(flow, 0, 256));
        }
        bytes = zip(files);
        type = ZIP;
        name = "extracted.zip";
      }
      default -> {
        bytes = pcap(flows, budget);
        type = PCAP;
        name = "packets.pcap";
      }
    }
    return FakeResponse.bytes(200, type, bytes)
        .withHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static boolean flag(Map<String, String> criteria, String name) {
    String value = criteria.get(name);
    if (value == null) {
      return false;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw ApiError.badRequest(name + " must be true or false, was " + value);
    }
    return value.equals("true");
  }

  /** A byte count: digits with an optional unit (B, KB, MB, GB, TB, powers of 1024). */
  static long size(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw ApiError.badRequest(
          "limit_bytes must be a number of bytes with an optional unit such as MB, was " + text);
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    int shift =
        switch (unit) {
          case "KB" -> 10;
          case "MB" -> 20;
          case "GB" -> 30;
          case "TB" -> 40;
          default -> 0;
        };
    return amount > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : amount << shift;
  }

  private static Predicate<Flow> endpoint(String ip, String port, String which) {
    Predicate<Flow> match = flow -> true;
    if (ip != null) {
      String address = ip.strip();
      if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !address.contains(":")) {
        throw ApiError.badRequest("ip" + which + " must be an IP address, was " + ip);
      }
      match = match.and(flow -> flow.client.equals(address) || flow.server.equals(address));
    }
    if (port != null) {
      int number = port(port, "port" + which);
      match = match.and(flow -> flow.clientPort == number || flow.serverPort == number);
    }
    return match;
  }

  static int port(String text, String name) {
    try {
      int number = Integer.parseInt(text.strip());
      if (number < 0 || number > 65535) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a port from 0 to 65535, was " + text);
    }
  }

  private static Flow flow(ObjectNode record) {
    JsonNode source = record.path("_source");
    String client = source.path("clientAddr").asText(null);
    String server = source.path("serverAddr").asText(null);
    if (client == null || server == null || !client.contains(".") || !server.contains(".")) {
      return null;
    }
    int serverPort = source.path("serverPort").asInt();
    String type = record.path("_type").asText();
    return new Flow(
        source.path("timestamp").asLong(),
        client,
        source.path("clientPort").asInt(),
        server,
        serverPort,
        type.equals("~dns") || serverPort == 53,
        source.path("flowId").asText(record.path("_id").asText()),
        type);
  }

  // ---- The BPF subset.

  /**
   * The part of the Berkeley Packet Filter language the fake understands: primitives {@code host
   * A}, {@code src host A}, {@code dst host A}, {@code port N}, {@code tcp}, {@code udp}, {@code
   * ip}, each optionally preceded by {@code not}, joined by {@code and} (or {@code &&}). Anything
   * else is refused with 400, so a test cannot believe a filter worked that the fake ignored.
   */
  static final class Bpf {
    private Bpf() {}

    static Predicate<Flow> compile(String bpf) {
      if (bpf == null || bpf.isBlank()) {
        return flow -> true;
      }
      String[] tokens = bpf.strip().split("\\s+");
      Predicate<Flow> all = flow -> true;
      int i = 0;
      while (i < tokens.length) {
        boolean negate = false;
        if (tokens[i].equals("not") || tokens[i].equals("!")) {
          negate = true;
          i++;
        }
        if (i >= tokens.length) {
          throw unsupported(bpf);
        }
        Predicate<Flow> primitive;
        String word = tokens[i].toLowerCase(Locale.ROOT);
        switch (word) {
          case "tcp" -> {
            primitive = flow -> !flow.udp;
            i++;
          }
          case "udp" -> {
            primitive = flow -> flow.udp;
            i++;
          }
          case "ip" -> {
            primitive = flow -> true;
            i++;
          }
          case "host", "src", "dst" -> {
            String direction = word;
            if (!word.equals("host")) {
              i++;
              if (i >= tokens.length || !tokens[i].equals("host")) {
                throw unsupported(bpf);
              }
            }
            if (i + 1 >= tokens.length) {
              throw unsupported(bpf);
            }
            String address = tokens[i + 1];
            primitive =
                switch (direction) {
                  case "src" -> flow -> flow.client.equals(address);
                  case "dst" -> flow -> flow.server.equals(address);
                  default -> flow -> flow.client.equals(address) || flow.server.equals(address);
                };
            i += 2;
          }
          case "port" -> {
            if (i + 1 >= tokens.length) {
              throw unsupported(bpf);
            }
            int number = port(tokens[i + 1], "bpf port");
            primitive = flow -> flow.clientPort == number || flow.serverPort == number;
            i += 2;
          }
          default -> throw unsupported(bpf);
        }
        all = all.and(negate ? primitive.negate() : primitive);
        if (i < tokens.length) {
          if (!tokens[i].equals("and") && !tokens[i].equals("&&")) {
            throw unsupported(bpf);
          }
          i++;
          if (i >= tokens.length) {
            throw unsupported(bpf);
          }
        }
      }
      return all;
    }

    private static ApiError unsupported(String bpf) {
      return ApiError.badRequest(
          "The fake understands only host, src host, dst host, port, tcp, udp and ip, with not and"
              + " and; cannot read the bpf '"
              + bpf
              + "'");
    }
  }

  // ---- The files.

  /**
   * The frames of the flows, cycling over them until about {@code budget} bytes of file are made
   * (at least one frame).
   */
  private static List<byte[]> frames(List<Flow> flows, long budget, List<Long> times) {
    List<byte[]> frames = new ArrayList<>();
    if (flows.isEmpty()) {
      return frames;
    }
    long made = 0;
    int i = 0;
    while (made < budget || frames.isEmpty()) {
      Flow flow = flows.get(i % flows.size());
      int round = i / flows.size();
      boolean fromClient = round % 2 == 0;
      byte[] frame = frame(flow, round, fromClient);
      frames.add(frame);
      times.add(flow.time * 1000 + round * 250L);
      // Each frame costs its bytes and a record header in the file.
      made += frame.length + 16;
      i++;
    }
    return frames;
  }

  static byte[] pcap(List<Flow> flows, long budget) {
    List<Long> times = new ArrayList<>();
    List<byte[]> frames = frames(flows, budget, times);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0);
    header.putInt(65535).putInt(1);
    out.writeBytes(header.array());
    for (int k = 0; k < frames.size(); k++) {
      byte[] frame = frames.get(k);
      long micros = times.get(k);
      ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000));
      record.putInt(frame.length).putInt(frame.length);
      out.writeBytes(record.array());
      out.writeBytes(frame);
    }
    return out.toByteArray();
  }

  static byte[] pcapng(List<Flow> flows, long budget, boolean secrets) {
    List<Long> times = new ArrayList<>();
    List<byte[]> frames = frames(flows, budget, times);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer shb = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
    shb.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0);
    shb.putLong(-1L).putInt(28);
    out.writeBytes(shb.array());
    ByteBuffer idb = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
    idb.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(65535).putInt(20);
    out.writeBytes(idb.array());
    if (secrets) {
      byte[] keys = keylog(flows).getBytes(StandardCharsets.US_ASCII);
      int padded = (keys.length + 3) & ~3;
      int length = 20 + padded;
      ByteBuffer dsb = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      dsb.putInt(0x0000000A).putInt(length).putInt(0x544c534b).putInt(keys.length);
      dsb.put(keys).position(16 + padded);
      dsb.putInt(length);
      out.writeBytes(dsb.array());
    }
    for (int k = 0; k < frames.size(); k++) {
      byte[] frame = frames.get(k);
      long micros = times.get(k);
      int padded = (frame.length + 3) & ~3;
      int length = 32 + padded;
      ByteBuffer epb = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      epb.putInt(6).putInt(length).putInt(0);
      epb.putInt((int) (micros >>> 32)).putInt((int) micros);
      epb.putInt(frame.length).putInt(frame.length).put(frame).position(28 + padded);
      epb.putInt(length);
      out.writeBytes(epb.array());
    }
    return out.toByteArray();
  }

  /** A TLS key log ({@code CLIENT_RANDOM <64 hex> <96 hex>}) line per TLS-like flow. */
  static String keylog(List<Flow> flows) {
    StringBuilder text = new StringBuilder();
    for (Flow flow : flows) {
      if (flow.udp) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(flow.id.hashCode());
      text.append("CLIENT_RANDOM ").append(hex(random, 32)).append(' ').append(hex(random, 48));
      text.append('\n');
    }
    return text.toString();
  }

  private static String hex(SplittableRandom random, int bytes) {
    StringBuilder hex = new StringBuilder(bytes * 2);
    for (int i = 0; i < bytes; i++) {
      hex.append(String.format("%02x", random.nextInt(256)));
    }
    return hex.toString();
  }

  static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An Ethernet frame holding an IPv4 packet holding a TCP segment or UDP datagram. */
  private static byte[] frame(Flow flow, int round, boolean fromClient) {
    boolean udp = flow.udp;
    byte[] payload = payload(flow, round, udp ? 120 : PAYLOAD);
    int transport = udp ? 8 : 20;
    int ipLength = 20 + transport + payload.length;
    ByteBuffer frame = ByteBuffer.allocate(14 + ipLength).order(ByteOrder.BIG_ENDIAN);
    byte[] clientMac = {0x02, 0, 0, 0, 0, 1};
    byte[] serverMac = {0x02, 0, 0, 0, 0, 2};
    frame.put(fromClient ? serverMac : clientMac).put(fromClient ? clientMac : serverMac);
    frame.putShort((short) 0x0800);
    byte[] source = address(fromClient ? flow.client : flow.server);
    byte[] target = address(fromClient ? flow.server : flow.client);
    int ipStart = frame.position();
    frame.put((byte) 0x45).put((byte) 0).putShort((short) ipLength);
    frame.putShort((short) round).putShort((short) 0x4000);
    frame.put((byte) 64).put((byte) (udp ? 17 : 6)).putShort((short) 0);
    frame.put(source).put(target);
    frame.putShort(ipStart + 10, checksum(frame.array(), ipStart, 20));
    int sourcePort = fromClient ? flow.clientPort : flow.serverPort;
    int targetPort = fromClient ? flow.serverPort : flow.clientPort;
    frame.putShort((short) sourcePort).putShort((short) targetPort);
    if (udp) {
      frame.putShort((short) (8 + payload.length)).putShort((short) 0);
    } else {
      frame.putInt(1000 + round * PAYLOAD).putInt(0).putShort((short) 0x5018);
      frame.putShort((short) 65535).putShort((short) 0).putShort((short) 0);
    }
    frame.put(payload);
    return frame.array();
  }

  private static byte[] payload(Flow flow, int round, int length) {
    byte[] payload = new byte[length];
    SplittableRandom random = new SplittableRandom(flow.id.hashCode() * 31L + round);
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) (' ' + random.nextInt(95));
    }
    return payload;
  }

  private static byte[] address(String text) {
    String[] parts = text.split("\\.");
    byte[] address = new byte[4];
    for (int i = 0; i < 4 && i < parts.length; i++) {
      address[i] = (byte) Integer.parseInt(parts[i]);
    }
    return address;
  }

  private static short checksum(byte[] bytes, int start, int length) {
    long sum = 0;
    for (int i = start; i < start + length; i += 2) {
      sum += ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
    }
    while ((sum >> 16) != 0) {
      sum = (sum & 0xffff) + (sum >> 16);
    }
    return (short) ~sum;
  }
}
