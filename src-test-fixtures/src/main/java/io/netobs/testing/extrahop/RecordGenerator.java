package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the record log, the same for the same seed and devices: mostly {@code ~http} records,
 * some {@code ~dns} and {@code ~ssl_open}, spread over the two hours before now, newest first.
 */
final class RecordGenerator {
  static final long SPAN = 7_200_000L;

  private static final String[] METHODS = {
    "GET", "GET", "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE"
  };
  private static final int[] STATUS_CODES = {
    200, 200, 200, 200, 200, 200, 200, 304, 302, 404, 404, 500, 401
  };
  private static final String[] URIS = {
    "/",
    "/index.html",
    "/api/v1/orders",
    "/api/v1/orders/42",
    "/login",
    "/static/app.js",
    "/images/logo.png",
    "/health",
    "/admin"
  };
  private static final String[] USER_AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "curl/8.5.0",
    "python-requests/2.31.0"
  };
  private static final String[] QTYPES = {"A", "A", "A", "AAAA", "PTR", "MX", "TXT"};
  private static final String[] DOMAINS = {
    "www.example.com",
    "api.example.net",
    "login.microsoftonline.com",
    "updates.vendor.example",
    "cdn.example.org",
    "nx-7f3a.badexample.invalid"
  };

  private RecordGenerator() {}

  static List<ObjectNode> generate(int count, long seed, long now, List<ObjectNode> devices) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<ObjectNode> clients = byRole(devices, "client");
    List<ObjectNode> servers = byRole(devices, "http_server");
    List<ObjectNode> resolvers = byRole(devices, "dns_server");
    List<ObjectNode> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long timestamp =
          now - (long) (i * (SPAN / (double) Math.max(count, 1))) - random.nextInt(500);
      int kind = i % 10;
      ObjectNode record = Json.object();
      byte[] id = new byte[15];
      random.nextBytes(id);
      record.put("_id", Base64.getUrlEncoder().withoutPadding().encodeToString(id));
      ObjectNode source;
      if (kind < 7) {
        record.put("_type", "~http");
        source =
            http(
                random,
                timestamp,
                pick(random, clients, "10.20.0.1"),
                pick(random, servers, "10.30.1.1"));
      } else if (kind < 9) {
        record.put("_type", "~dns");
        source =
            dns(
                random,
                timestamp,
                pick(random, clients, "10.20.0.1"),
                pick(random, resolvers, "10.40.2.1"));
      } else {
        record.put("_type", "~ssl_open");
        source =
            ssl(
                random,
                timestamp,
                pick(random, clients, "10.20.0.1"),
                pick(random, servers, "10.30.1.1"));
      }
      record.set("_source", source);
      records.add(record);
    }
    return List.copyOf(records);
  }

  private static ObjectNode http(
      SplittableRandom random, long timestamp, ObjectNode client, ObjectNode server) {
    ObjectNode source = flow(random, timestamp, client, server, random.nextBoolean() ? 443 : 80);
    int status = STATUS_CODES[random.nextInt(STATUS_CODES.length)];
    source.put("method", METHODS[random.nextInt(METHODS.length)]);
    source.put("statusCode", status);
    source.put("uri", URIS[random.nextInt(URIS.length)]);
    source.put("host", server.path("dns_name").asText("www.example.com"));
    source.put("userAgent", USER_AGENTS[random.nextInt(USER_AGENTS.length)]);
    source.put("reqSize", 200 + random.nextInt(2_000));
    source.put("rspSize", status == 304 ? 0 : 500 + random.nextInt(200_000));
    source.put("processingTime", Math.round(random.nextDouble(1, 900) * 1000) / 1000.0);
    source.put("isSQLi", false);
    source.putObject("ex").put("isSuspicious", status == 401 && random.nextInt(4) == 0);
    return source;
  }

  private static ObjectNode dns(
      SplittableRandom random, long timestamp, ObjectNode client, ObjectNode server) {
    ObjectNode source = flow(random, timestamp, client, server, 53);
    String qname = DOMAINS[random.nextInt(DOMAINS.length)];
    boolean missing = qname.endsWith(".invalid");
    source.put("qname", qname);
    source.put("qtype", QTYPES[random.nextInt(QTYPES.length)]);
    source.put("errorName", missing ? "NXDOMAIN" : "NOERROR");
    source.put("processingTime", Math.round(random.nextDouble(0.2, 80) * 1000) / 1000.0);
    source.putObject("ex").put("isSuspicious", missing);
    return source;
  }

  private static ObjectNode ssl(
      SplittableRandom random, long timestamp, ObjectNode client, ObjectNode server) {
    ObjectNode source = flow(random, timestamp, client, server, 443);
    source.put("version", random.nextInt(4) == 0 ? "TLSv1.2" : "TLSv1.3");
    source.put("cipherSuite", "TLS_AES_256_GCM_SHA384");
    source.put("certificateSubject", "CN=" + server.path("dns_name").asText("www.example.com"));
    source.put("certificateNotAfter", timestamp / 1000 + 86_400L * (30 + random.nextInt(300)));
    source.putObject("ex").put("isSuspicious", false);
    return source;
  }

  private static ObjectNode flow(
      SplittableRandom random,
      long timestamp,
      ObjectNode client,
      ObjectNode server,
      int serverPort) {
    ObjectNode source = Json.object();
    source.put("timestamp", timestamp);
    source.put("clientAddr", client.path("ipaddr4").asText());
    source.put("clientPort", 49_152 + random.nextInt(16_000));
    source.put("serverAddr", server.path("ipaddr4").asText());
    source.put("serverPort", serverPort);
    source.set("client", endpoint(client));
    source.set("server", endpoint(server));
    source.put("flowId", Long.toHexString(random.nextLong() & Long.MAX_VALUE));
    return source;
  }

  private static ObjectNode endpoint(ObjectNode device) {
    ObjectNode endpoint = Json.object();
    endpoint.put("type", "device");
    endpoint.put("value", device.path("discovery_id").asText("00000000000000000000"));
    return endpoint;
  }

  private static List<ObjectNode> byRole(List<ObjectNode> devices, String role) {
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode device : devices) {
      if (device.path("role").asText().equals(role)) {
        matching.add(device);
      }
    }
    return matching;
  }

  private static ObjectNode pick(
      SplittableRandom random, List<ObjectNode> devices, String fallbackAddress) {
    if (devices.isEmpty()) {
      ObjectNode fallback = Json.object();
      fallback.put("ipaddr4", fallbackAddress);
      return fallback;
    }
    return devices.get(random.nextInt(devices.size()));
  }
}
