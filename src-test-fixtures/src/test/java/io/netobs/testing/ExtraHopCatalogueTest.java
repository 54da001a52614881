package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.testing.ExtraHopCalls.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the catalogue, sent as a valid request to a fresh fake, is served: a 2xx
 * answer, never the 404 or 405 of an operation the fake does not know.
 */
class ExtraHopCatalogueTest {
  private static final String CATALOGUE = "/io/netobs/testing/catalogue/extrahop-operations.tsv";

  record Row(String resource, String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Valid bodies by method and path shape ({} for every placeholder); other rows send none. */
  private static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry("POST /activitymaps", "{\"name\": \"map\", \"walks\": [{\"origins\": []}]}"),
          Map.entry(
              "POST /activitymaps/query", "{\"from\": -1800000, \"walks\": [{\"origins\": []}]}"),
          Map.entry(
              "POST /alerts",
              "{\"name\": \"a\", \"type\": \"threshold\", \"severity\": 3, \"stat_name\": "
                  + "\"extrahop.device.http_server\", \"field_name\": \"rsp_error\", \"operator\": \">\", \"operand\": \"5\"}"),
          Map.entry("POST /apikeys", "{\"password\": \"setup-password\"}"),
          Map.entry("POST /appliances", "{\"host\": \"eda-9.example.com\", \"password\": \"x\"}"),
          Map.entry("POST /applications", "{\"name\": \"app\"}"),
          Map.entry("POST /bundles", "{\"name\": \"b\", \"Alert\": []}"),
          Map.entry("POST /customdevices", "{\"name\": \"cd\"}"),
          Map.entry("POST /customdevices/{}/criteria", "{\"ipaddr\": \"10.9.9.0/24\"}"),
          Map.entry("POST /customizations", "{\"name\": \"backup\"}"),
          Map.entry("POST /devicegroups", "{\"name\": \"g\"}"),
          Map.entry("POST /emailgroups", "{\"group_name\": \"e\"}"),
          Map.entry("POST /exclusionintervals", "{\"name\": \"x\"}"),
          Map.entry("POST /geomaps", "{\"name\": \"g\"}"),
          Map.entry("POST /networklocality", "{\"network\": \"10.0.0.0/8\"}"),
          Map.entry("POST /pages", "{\"name\": \"p\"}"),
          Map.entry("POST /reports", "{\"name\": \"r\"}"),
          Map.entry(
              "POST /ssldecryptkeys",
              "{\"name\": \"k\", \"pem\": \"-----BEGIN PRIVATE KEY-----\"}"),
          Map.entry(
              "POST /ssldecryptkeys/{}/protocols", "{\"protocol\": \"HTTP\", \"port\": 8443}"),
          Map.entry("POST /tags", "{\"name\": \"t\"}"),
          Map.entry("POST /triggers", "{\"name\": \"t\"}"),
          Map.entry(
              "POST /users",
              "{\"username\": \"new\", \"name\": \"New User\", \"password\": \"pw\"}"),
          Map.entry("PUT /reports/{}/contents", "[{\"kind\": \"dashboard\", \"dashboard_id\": 1}]"),
          Map.entry("PUT /license", "{\"license\": \"x\"}"),
          Map.entry("PUT /license/productkey", "{\"product_key\": \"ABCD-EFGH\"}"),
          Map.entry("PUT /runningconfig", "{\"hostname\": \"x\"}"),
          Map.entry(
              "PUT /extrahop/sslcert",
              "\"-----BEGIN CERTIFICATE-----\\nMII\\n-----END CERTIFICATE-----\\n\""),
          Map.entry("POST /metrics", metricsBody()),
          Map.entry("POST /metrics/total", metricsBody()),
          Map.entry("POST /metrics/totalbyobject", metricsBody()),
          Map.entry("POST /records/search", "{\"from\": \"-2h\", \"types\": [\"~http\"]}"),
          Map.entry("POST /whitelist/devices", "{\"assign\": [2], \"unassign\": [1]}"));

  static Stream<Row> documentedOperations() throws IOException {
    return read(CATALOGUE).stream();
  }

  @Test
  void theCatalogueHasAllTheGuidesOperations() throws IOException {
    assertThat(read(CATALOGUE)).hasSize(322);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedOperations")
  void everyDocumentedOperationIsServed(Row row) {
    ExtraHopApi api =
        ExtraHopApi.builder()
            .devices(12)
            .records(50)
            .consoleMode(0)
            .clock(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC))
            .build();
    ExtraHopCalls calls = ExtraHopCalls.withKey(api);
    String path = fill(row, calls);
    String shape = row.method() + " " + row.path().replaceAll("\\{[^}]*}", "{}");
    String body = BODIES.get(shape);
    if (body == null && row.method().equals("PATCH")) {
      body = "{\"description\": \"patched\"}";
    } else if (body == null && row.method().equals("PUT") && row.path().endsWith("/sharing")) {
      body = "{\"anyone\": \"viewer\", \"users\": {\"admin\": \"editor\"}}";
    } else if (body == null && row.method().equals("POST") && isBulkAssignment(row)) {
      body = "{\"assign\": [1], \"unassign\": []}";
    }

    Reply reply =
        row.path().equals("/supportpacks/execute")
            ? calls.send("POST", path, "pack".getBytes(UTF_8), "application/octet-stream")
            : calls.send(row.method(), path, body);

    assertThat(reply.status())
        .as("%s %s answered %s", row.method(), path, reply)
        .isBetween(200, 299);
  }

  private static boolean isBulkAssignment(Row row) {
    List<String> segments = List.of(row.path().substring(1).split("/"));
    return segments.size() == 3 && segments.get(1).startsWith("{");
  }

  /**
   * The path with each placeholder replaced by the key of an object that exists, set up where
   * needed.
   */
  private static String fill(Row row, ExtraHopCalls calls) {
    String[] segments = row.path().substring(1).split("/");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      String value = segment;
      if (segment.startsWith("{")) {
        value =
            switch (segment) {
              case "{username}" -> "admin";
              case "{process}" -> "excap";
              case "{filename}" -> "diag-initial.expk";
              case "{xid}" -> calls.post("/metrics", metricsBody()).json().get("xid").asText();
              case "{cursor}" ->
                  calls
                      .post("/records/search", "{\"from\": \"-2h\", \"limit\": 1}")
                      .json()
                      .get("cursor")
                      .asText();
              default ->
                  i == 1 && segments[0].equals("usergroups")
                      ? "remote.netops"
                      : i == 2 && segments[1].equals("queue")
                          ? calls
                              .send(
                                  "POST",
                                  "/supportpacks/execute",
                                  "pack".getBytes(UTF_8),
                                  "application/octet-stream")
                              .json()
                              .get("id")
                              .asText()
                          : "1";
            };
      }
      path.append('/').append(value);
    }
    return path.toString();
  }

  static String metricsBody() {
    return "{\"cycle\": \"auto\", \"from\": -1800000, \"until\": 0, \"metric_category\": \"http\", "
        + "\"metric_specs\": [{\"name\": \"rsp\"}], \"object_ids\": [0], \"object_type\": \"application\"}";
  }

  static List<Row> read(String resource) throws IOException {
    try (InputStream in = ExtraHopCatalogueTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      List<Row> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          String[] columns = line.split("\t", -1);
          rows.add(new Row(columns[0], columns[1], columns[2]));
        }
      }
      return rows;
    }
  }
}
