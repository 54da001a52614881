package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExtraHopMetricsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final String DEVICE_QUERY =
      "{\"cycle\": \"auto\", \"from\": -1800000, \"until\": 0, "
          + "\"metric_category\": \"http_client\", \"metric_specs\": [{\"name\": \"req\"}], "
          + "\"object_ids\": [9363], \"object_type\": \"device\"}";

  private final ExtraHopCalls sensor =
      ExtraHopCalls.withKey(ExtraHopApi.builder().devices(5).records(0).clock(CLOCK).build());

  @Test
  void aSensorAnswersSeriesOfTheAutomaticCycle() {
    JsonNode answer = sensor.post("/metrics", DEVICE_QUERY).json();

    long now = CLOCK.millis();
    assertThat(answer.get("cycle").asText()).isEqualTo("30sec");
    assertThat(answer.get("node_id").asInt()).isZero();
    assertThat(answer.get("clock").asLong()).isEqualTo(now);
    assertThat(answer.get("from").asLong()).isEqualTo(now - 1_800_000);
    assertThat(answer.get("until").asLong()).isEqualTo(now);
    assertThat(answer.get("stats"))
        .hasSize(60)
        .allSatisfy(
            stat -> {
              assertThat(stat.get("oid").asLong()).isEqualTo(9363);
              assertThat(stat.get("duration").asLong()).isEqualTo(30_000);
              assertThat(stat.get("time").asLong() % 30_000).isZero();
              assertThat(stat.get("values")).hasSize(1);
              assertThat(stat.get("values").get(0).isIntegralNumber()).isTrue();
            });
    assertThat(sensor.post("/metrics", DEVICE_QUERY).json()).as("deterministic").isEqualTo(answer);
  }

  @Test
  void totalsAnswerOneStatAndTotalsByObjectOnePerObject() {
    String twoObjects = DEVICE_QUERY.replace("[9363]", "[1, 2]");

    JsonNode total = sensor.post("/metrics/total", twoObjects).json();
    JsonNode byObject = sensor.post("/metrics/totalbyobject", twoObjects).json();

    assertThat(total.get("stats"))
        .singleElement()
        .satisfies(
            stat -> {
              assertThat(stat.get("oid").asLong()).isEqualTo(-1);
              assertThat(stat.get("duration").asLong()).isEqualTo(1_800_000);
            });
    assertThat(byObject.get("stats"))
        .extracting(stat -> stat.get("oid").asLong())
        .containsExactly(1L, 2L);
  }

  @Test
  void specsAskForMeansPercentilesAndKeyedValues() {
    JsonNode values =
        sensor
            .post(
                "/metrics",
                "{\"cycle\": \"5min\", \"from\": -300000, \"metric_category\": "
                    + "\"http_server\", \"object_type\": \"device\", \"object_ids\": [1], \"metric_specs\": ["
                    + "{\"name\": \"tprocess\", \"calc_type\": \"mean\"},"
                    + "{\"name\": \"tprocess\", \"calc_type\": \"percentiles\", \"percentiles\": [50, 95, 99]},"
                    + "{\"name\": \"rsp_error\", \"key1\": \"/500/\"}]}")
            .json()
            .get("stats")
            .get(0)
            .get("values");

    assertThat(values.get(0).isNumber()).isTrue();
    assertThat(values.get(1)).hasSize(3);
    assertThat(values.get(2).get(0).get("key").get("str").asText()).isEqualTo("500");
    assertThat(values.get(2).get(0).get("vtype").asText()).isEqualTo("count");
  }

  @Test
  void refusedQueries() {
    assertThat(sensor.post("/metrics", DEVICE_QUERY.replace("\"auto\"", "\"2min\"")).status())
        .isEqualTo(400);
    assertThat(sensor.post("/metrics", DEVICE_QUERY.replace("\"device\"", "\"toaster\"")).status())
        .isEqualTo(400);
    assertThat(
            sensor.post("/metrics", DEVICE_QUERY.replace("[{\"name\": \"req\"}]", "[]")).status())
        .isEqualTo(400);
    assertThat(sensor.post("/metrics", "{\"metric_category\": \"http\"}").status()).isEqualTo(400);
    assertThat(
            sensor
                .post(
                    "/metrics",
                    DEVICE_QUERY.replace("\"auto\"", "\"1sec\"").replace("-1800000", "\"-30d\""))
                .status())
        .as("too many points")
        .isEqualTo(400);
  }

  @Test
  void aConsoleAnswersAnXidAndEachResultAfterAgainPolls() {
    ExtraHopCalls console =
        ExtraHopCalls.withKey(
            ExtraHopApi.builder().devices(5).records(0).clock(CLOCK).consoleMode(2).build());

    JsonNode accepted = console.post("/metrics", DEVICE_QUERY).json();

    assertThat(accepted.get("num_results").asInt()).isEqualTo(2);
    String next = "/metrics/next/" + accepted.get("xid").asText();
    for (int result = 0; result < 2; result++) {
      for (int again = 0; again < 2; again++) {
        Reply reply = console.get(next);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).isEqualTo("\"again\"");
      }
      JsonNode answer = console.get(next).json();
      assertThat(answer.get("stats")).hasSize(60);
      assertThat(answer.get("node_id").asInt()).isEqualTo(result + 1);
    }
    assertThat(console.get(next).status()).as("all results fetched").isEqualTo(404);
  }

  @Test
  void consoleModeWithoutAgainAnswersResultsAtOnce() {
    ExtraHopCalls console =
        ExtraHopCalls.withKey(
            ExtraHopApi.builder().devices(5).records(0).clock(CLOCK).consoleMode(0).build());
    String xid = console.post("/metrics/total", DEVICE_QUERY).json().get("xid").asText();

    assertThat(console.get("/metrics/next/" + xid).json().get("stats")).hasSize(1);
    assertThat(console.get("/metrics/next/12345").status()).isEqualTo(404);
  }
}
