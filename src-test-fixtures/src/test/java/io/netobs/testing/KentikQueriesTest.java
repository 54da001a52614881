package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kentik fake's Query API on the wire: its shapes and what it refuses, as Kentik does. */
class KentikQueriesTest {
  private FakeKentik kentik;
  private Http http;

  @BeforeEach
  void start() {
    kentik =
        FakeKentik.builder()
            .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
            .start();
    http = Http.kentik(kentik);
  }

  @AfterEach
  void stop() {
    kentik.close();
  }

  static String body(String query) {
    return json("{'queries': [{'query': " + query + ", 'bucket': 'Left +Y Axis'}]}");
  }

  @Test
  void answersRowsWithAggregatesAndSeriesInTheResultOfEachBucket() throws IOException {
    Http.Response response =
        http.post(
            "/query/topXdata",
            body(
                "{'metric': 'packets', 'dimension': ['Proto'], 'topx': 2, 'lookback_seconds': 600,"
                    + " 'aggregates': [{'name': 'avg_pps', 'column': 'f_sum_both_pkts',"
                    + " 'fn': 'average', 'raw': true}]}"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode result = response.json().path("results").get(0);
    assertThat(result.path("bucket").asText()).isEqualTo("Left +Y Axis");
    assertThat(result.path("data")).hasSize(2);
    JsonNode row = result.path("data").get(0);
    assertThat(row.path("key").asText()).isIn("6", "17", "1");
    assertThat(row.path("avg_pps").isNumber()).isTrue();
    JsonNode points = row.path("timeSeries").path("both_pkts_per_sec").path("flow");
    assertThat(points).hasSize(10);
    assertThat(points.get(0).get(0).asLong())
        .isEqualTo(Instant.parse("2026-03-01T11:50:00Z").toEpochMilli());
    assertThat(points.get(0).get(2).asInt()).isEqualTo(60);
  }

  @Test
  void refusesWhatKentikRefusesWithItsErrorShape() throws IOException {
    List<String> refused =
        List.of(
            json("{}"),
            json("{'queries': []}"),
            json("{'queries': [{'bucket': 'Left +Y Axis'}]}"),
            body("{'dimension': ['IP_src']}"),
            body("{'metric': 'bogus'}"),
            body("{'metric': 'bytes', 'dimension': ['IP_nowhere']}"),
            body(
                "{'metric': 'bytes', 'aggregates': [{'name': 'a', 'column': 'f_sum_both_bytes',"
                    + " 'fn': 'average'}, {'name': 'b', 'column': 'f_sum_both_bytes', 'fn': 'max'}]}"),
            body(
                "{'metric': 'bytes', 'aggregates': [{'name': 'p', 'column': 'f_sum_both_bytes',"
                    + " 'fn': 'percentile'}]}"),
            body(
                "{'metric': 'bytes', 'lookback_seconds': 0, 'starting_time': '2026-03-01T10:00',"
                    + " 'ending_time': '2026-03-01 11:00:00'}"),
            body("{'metric': 'bytes', 'device_name': 'nowhere-01'}"),
            body("{'metric': 'bytes', 'saved_filters': [{'filter_id': 999, 'is_not': false}]}"));
    for (String path : List.of("/query/topXdata", "/query/topXchart", "/query/url")) {
      for (String request : refused) {
        Http.Response response = http.post(path, request);
        assertThat(response.status()).as(path + " " + request).isEqualTo(400);
        assertThat(response.json().path("error").asText()).as(request).isNotBlank();
      }
    }
  }

  @Test
  void readsTheDocumentedBodyAndToleratesAMetricList() throws IOException {
    String documented =
        body(
            "{'metric': 'bytes', 'dimension': ['i_device_name'], 'device_name': 'akl-core-01,wlg-core-02',"
                + " 'lookback_seconds': 0, 'starting_time': '2026-03-01 11:00:00',"
                + " 'ending_time': '2026-03-01 12:00:00'}");
    JsonNode data = http.post("/query/topXdata", documented).json();
    assertThat(data.at("/results/0/data"))
        .extracting(row -> row.path("key").asText())
        .containsExactlyInAnyOrder("akl-core-01", "wlg-core-02");
    assertThat(data.at("/results/0/data/0/avg_both_bits_per_sec").isNumber()).isTrue();

    JsonNode asList =
        http.post(
                "/query/topXdata",
                documented.replace("\"metric\": \"bytes\"", "\"metric\": [\"bytes\"]"))
            .json();
    assertThat(asList).isEqualTo(data);
  }

  @Test
  void chartsAreDataUrisAndUrlsAreJsonStrings() throws IOException {
    String query = "{'metric': 'bytes', 'dimension': ['IP_src']}";
    JsonNode svg = http.post("/query/topXchart", body(query)).json();
    assertThat(svg.path("dataUri").asText()).startsWith("data:image/svg+xml;base64,");
    JsonNode jpeg =
        http.post(
                "/query/topXchart",
                json("{'queries': [{'query': " + query + "}], 'imageType': 'jpeg'}"))
            .json();
    assertThat(jpeg.path("dataUri").asText()).startsWith("data:image/jpeg;base64,/9j/");
    assertThat(
            http.post(
                    "/query/topXchart",
                    json("{'queries': [{'query': " + query + "}], 'imageType': 'gif'}"))
                .status())
        .isEqualTo(400);

    Http.Response url = http.post("/query/url", body(query));
    assertThat(url.status()).isEqualTo(200);
    assertThat(url.json().isTextual()).isTrue();
    assertThat(url.json().asText())
        .startsWith("https://portal.kentik.com/portal/#Charts/shortUrl/");
  }

  @Test
  void resetGeneratesTheSameFlowsAgain() {
    JsonNode before = kentik.flows();
    kentik.reset();
    assertThat(kentik.flows()).isEqualTo(before);
  }
}
