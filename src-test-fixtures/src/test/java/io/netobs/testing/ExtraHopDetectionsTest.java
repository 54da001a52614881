package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fake's detections from the wire: generation, and the bodies the live API refuses. */
class ExtraHopDetectionsTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-11-23T12:00:00Z"));
  private final ExtraHopApi api = ExtraHopApi.builder().devices(40).clock(clock).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void generatedDetectionsAreTheSameForTheSameSeedAndCarryActivityLogsOnRequest() {
    JsonNode again =
        ExtraHopCalls.withKey(ExtraHopApi.builder().devices(40).clock(clock).build())
            .post("/detections/search", "{\"sort\": [{\"field\": \"id\", \"direction\": \"asc\"}]}")
            .json();
    JsonNode all =
        calls
            .post("/detections/search", "{\"sort\": [{\"field\": \"id\", \"direction\": \"asc\"}]}")
            .json();
    assertThat(all).hasSize(63).isEqualTo(again);
    assertThat(all.get(10).has("activity_log")).isFalse();
    assertThat(all.get(10).get("participants").get(0).get("role").asText()).isEqualTo("offender");

    JsonNode withLog =
        calls.post("/detections/search", "{\"include_activity_log\": true, \"limit\": 1}").json();
    assertThat(withLog).hasSize(1);
    assertThat(withLog.get(0).get("activity_log")).isNotEmpty();
    assertThat(withLog.get(0).has("participants")).isFalse();
    assertThat(calls.post("/detections/search", "{\"id_only\": true}").json().get(0).isNumber())
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/detections/search        | {\"sort\": [{\"field\": \"id\", \"direction\": \"up\"}]}",
        "/detections/search        | {\"filter\": {\"status\": [\"done\"]}}",
        "/detections/search        | {\"filter\": {\"severity\": [\"high\"]}}",
        "/detections/search        | {\"filter\": {\"categories\": \"sec\"}}",
        "/detections/search        | {\"limit\": -1}",
        "/detections/search        | {\"page\": 2}",
        "/detections/rules/hiding  | {\"offender\": \"Any\", \"victim\": \"Any\"}",
        "/detections/rules/hiding  | {\"offender\": \"Someone\", \"victim\": \"Any\", \"expiration\": 0}",
        "/detections/rules/hiding/preview | {\"rule\": {\"offender\": \"Any\", \"victim\": \"Any\", \"expiration\": 0}, \"log_preview_limit\": 5001}",
        "/detections/formats       | {\"type\": \"my type\", \"display_name\": \"x\"}",
        "/detections/formats       | {\"type\": \"t2\", \"display_name\": \"x\", \"categories\": [\"sec\", \"perf\"]}",
        "/investigations           | {\"name\": \"x\", \"status\": \"paused\"}",
        "/investigations/search    | {\"owner\": \"ana\"}"
      })
  void bodiesTheLiveApiRefusesAnswer400(String path, String body) {
    Reply reply = calls.post(path.strip(), body.strip());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("error_message").asText()).isNotBlank();
  }

  @Test
  void updatesRefuseUnknownValuesAndParticipantsThatDoNotExist() {
    assertThat(calls.patch("/detections/1", "{\"status\": \"done\"}").status()).isEqualTo(400);
    assertThat(calls.patch("/detections/1", "{\"title\": \"x\"}").status()).isEqualTo(400);
    assertThat(
            calls
                .patch("/detections/1", "{\"participants\": [{\"id\": 9, \"external\": true}]}")
                .status())
        .isEqualTo(400);
    assertThat(calls.send("PATCH", "/detections/tickets", "{\"ticket_id\": \"x\"}").status())
        .as("tickets come as an array")
        .isEqualTo(400);
    assertThat(calls.get("/detections/1/related?from=-1d").status()).isEqualTo(400);
    assertThat(calls.patch("/detections/formats/brute_force", "{\"author\": \"x\"}").status())
        .isEqualTo(400);
    assertThat(calls.get("/detections/1").json().get("status").asText()).isEqualTo("new");
  }
}
