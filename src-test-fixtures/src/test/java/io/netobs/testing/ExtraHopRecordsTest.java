package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtraHopRecordsTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-11-23T12:00:00Z"));
  private final ExtraHopApi api =
      ExtraHopApi.builder().devices(40).records(500).clock(clock).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void aSearchAnswersTotalRecordsAndACursorWhileMoreRemain() {
    JsonNode first = calls.post("/records/search", "{\"from\": -7200000, \"limit\": 100}").json();

    assertThat(first.get("total").asInt()).isEqualTo(500);
    assertThat(first.get("records")).hasSize(100);
    JsonNode record = first.get("records").get(0);
    assertThat(record.get("_id").asText()).isNotEmpty();
    assertThat(record.get("_type").asText()).startsWith("~");
    assertThat(record.get("_source").get("timestamp").asLong()).isLessThanOrEqualTo(clock.millis());
    assertThat(first.get("cursor").asText()).isNotEmpty();
  }

  @Test
  void cursorsPageThroughEveryRecordInBothForms() {
    Set<String> ids = new HashSet<>();
    JsonNode page =
        calls
            .post("/records/search", "{\"from\": \"-2h\", \"limit\": 120, \"context_ttl\": 60000}")
            .json();
    boolean byPath = true;
    while (true) {
      page.get("records").forEach(record -> ids.add(record.get("_id").asText()));
      if (!page.has("cursor")) {
        break;
      }
      String cursor = page.get("cursor").asText();
      Reply next =
          byPath
              ? calls.get("/records/cursor/" + cursor)
              : calls.post("/records/cursor", "{\"cursor\": \"" + cursor + "\"}");
      assertThat(next.status()).as(next.toString()).isEqualTo(200);
      page = next.json();
      byPath = !byPath;
    }

    assertThat(ids).hasSize(500);
    assertThat(page.get("records")).hasSize(500 % 120);
  }

  @Test
  void aSpentUnknownOrExpiredCursorAnswers404() {
    String cursor =
        calls
            .post("/records/search", "{\"from\": -7200000, \"limit\": 10, \"context_ttl\": \"1m\"}")
            .json()
            .get("cursor")
            .asText();
    String next = calls.get("/records/cursor/" + cursor).json().get("cursor").asText();

    assertThat(calls.get("/records/cursor/" + cursor).status()).as("spent").isEqualTo(404);
    assertThat(calls.post("/records/cursor", "{\"cursor\": \"nope\"}").status()).isEqualTo(404);
    clock.advance(Duration.ofSeconds(61));
    assertThat(calls.post("/records/cursor", "{\"cursor\": \"" + next + "\"}").status())
        .as("expired")
        .isEqualTo(404);
    assertThat(calls.post("/records/cursor", "{}").status()).isEqualTo(400);
  }

  @Test
  void theGuidesExampleFiltersHttpRecordsByMethodAndStatus() {
    JsonNode answer =
        calls
            .post(
                "/records/search",
                "{\"filter\": {\"operator\": \"and\", \"rules\": ["
                    + "{\"field\": \"method\", \"operand\": \"GET\", \"operator\": \"=\"},"
                    + "{\"field\": \"statusCode\", \"operand\": \"404\", \"operator\": \"=\"}]},"
                    + "\"from\": -900000, \"limit\": 100, \"types\": [\"~http\"]}")
            .json();

    assertThat(answer.get("records"))
        .isNotEmpty()
        .allSatisfy(
            record -> {
              assertThat(record.get("_type").asText()).isEqualTo("~http");
              assertThat(record.get("_source").get("method").asText()).isEqualTo("GET");
              assertThat(record.get("_source").get("statusCode").asInt()).isEqualTo(404);
              assertThat(record.get("_source").get("timestamp").asLong())
                  .isGreaterThanOrEqualTo(clock.millis() - 900_000);
            });
  }

  @Test
  void timesWithUnitsAndTypedOperands() {
    JsonNode window =
        calls
            .post(
                "/records/search",
                "{\"from\": \"-2h\", \"until\": \"-1h\", \"types\": [\"~http\"],"
                    + " \"limit\": 10000}")
            .json();
    long now = clock.millis();
    assertThat(window.get("records"))
        .isNotEmpty()
        .allSatisfy(
            record ->
                assertThat(record.get("_source").get("timestamp").asLong())
                    .isBetween(now - 7_200_000, now - 3_600_000));

    String address = window.get("records").get(0).get("_source").get("clientAddr").asText();
    JsonNode typed =
        calls
            .post(
                "/records/search",
                "{\"from\": \"-2h\", \"limit\": 10000, \"filter\": "
                    + "{\"field\": \"clientAddr\", \"operator\": \"=\", \"operand\": {\"type\": \"ipaddr4\", \"value\": \""
                    + address
                    + "\"}}}")
            .json();
    assertThat(typed.get("records"))
        .isNotEmpty()
        .allMatch(record -> record.get("_source").get("clientAddr").asText().equals(address));

    JsonNode cidr =
        calls
            .post(
                "/records/search",
                "{\"from\": \"-2h\", \"limit\": 10000, \"filter\": "
                    + "{\"field\": \"serverAddr\", \"operator\": \"!=\", \"operand\": \"10.0.0.0/8\"}}")
            .json();
    assertThat(cidr.get("records"))
        .isNotEmpty()
        .allMatch(
            record -> record.get("_source").get("serverAddr").asText().startsWith("192.168."));

    JsonNode suspicious =
        calls
            .post(
                "/records/search",
                "{\"from\": \"-30m\", \"limit\": 10000, \"filter\": "
                    + "{\"field\": \"ex.isSuspicious\", \"operator\": \"=\", \"operand\": {\"type\": \"boolean\", \"value\": \"true\"}}}")
            .json();
    assertThat(suspicious.get("records"))
        .isNotEmpty()
        .allMatch(r -> r.get("_source").get("ex").get("isSuspicious").asBoolean());
  }

  @Test
  void refusedQueries() {
    assertThat(calls.post("/records/search", "{\"from\": -1000, \"limit\": 10001}").status())
        .isEqualTo(400);
    assertThat(calls.post("/records/search", "{\"limit\": 10}").status()).isEqualTo(400);
    assertThat(calls.post("/records/search", "{\"from\": \"yesterday\"}").status()).isEqualTo(400);
    assertThat(calls.post("/records/search", "{\"from\": -1000, \"types\": \"~http\"}").status())
        .isEqualTo(400);
    assertThat(
            calls
                .post("/records/search", "{\"from\": -1000, \"filter\": {\"field\": \"uri\"}}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void sortAscendingByTimestamp() {
    JsonNode records =
        calls
            .post(
                "/records/search",
                "{\"from\": \"-2h\", \"limit\": 50, \"sort\": "
                    + "[{\"field\": \"timestamp\", \"direction\": \"asc\"}]}")
            .json()
            .get("records");
    List<Long> times = new ArrayList<>();
    records.forEach(record -> times.add(record.get("_source").get("timestamp").asLong()));

    assertThat(times).isSorted();
  }
}
