package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.testing.ExtraHopCalls.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fake's administration operations on the wire: statuses, jobs moving on, refusals. */
class ExtraHopAdministrationTest {
  private final ExtraHopApi api = ExtraHopApi.builder().devices(5).records(0).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void aFirmwareDownloadIsAJobThatMovesOnAtEachPollAndThenTakesEffect() {
    Reply started =
        calls.post(
            "/extrahop/firmware/download/version",
            "{\"version\": \"26.3.0.980\", \"upgrade\": true}");

    assertThat(started.status()).isEqualTo(202);
    assertThat(started.location()).isEqualTo("/api/v1/jobs/1");
    assertThat(calls.get("/jobs").json().get(0).get("status").asText()).isEqualTo("RUNNING");
    assertThat(calls.get("/jobs").json().get(0).get("step_number").asInt())
        .as("listing does not move a job on")
        .isEqualTo(1);
    assertThat(calls.get("/jobs/1").json().get("step_number").asInt()).isEqualTo(2);
    assertThat(calls.get("/extrahop/version").json().get("version").asText())
        .isEqualTo("9.6.0.1234");
    assertThat(calls.get("/jobs/1").json().get("status").asText()).isEqualTo("DONE");
    assertThat(calls.get("/jobs/1").json().get("status").asText()).isEqualTo("DONE");
    assertThat(calls.get("/extrahop/version").json().get("version").asText())
        .isEqualTo("26.3.0.980");
    assertThat(calls.get("/extrahop/firmware/previous").json().get("version").asText())
        .isEqualTo("9.6.0.1234");
    assertThat(calls.get("/jobs/2").status()).isEqualTo(404);
  }

  @Test
  void firmwareRefusals() {
    assertThat(calls.post("/extrahop/firmware/latest/upgrade", null).status()).isEqualTo(400);
    assertThat(calls.post("/extrahop/firmware/download/version", "{\"version\": \"0.1\"}").text())
        .contains("error_message")
        .contains("not available");
    assertThat(calls.post("/extrahop/firmware/download/url", "{\"upgrade\": true}").status())
        .isEqualTo(400);
    assertThat(
            calls
                .send("POST", "/extrahop/firmware", new byte[0], "application/octet-stream")
                .status())
        .isEqualTo(400);
    assertThat(
            calls
                .send(
                    "POST",
                    "/extrahop/firmware",
                    "image".getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream")
                .status())
        .isEqualTo(201);
    assertThat(calls.post("/extrahop/firmware/latest/upgrade", "{\"force\": \"yes\"}").status())
        .isEqualTo(400);
    assertThat(calls.post("/extrahop/firmware/latest/upgrade", "{}").status()).isEqualTo(202);
    assertThat(
            calls
                .post(
                    "/appliances/firmware/upgrade",
                    "{\"system_ids\": [9], \"version\": \"26.3.0.980\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void settingsAnswerWhatWasLastPatchedAndRefuseWhatTheServiceRefuses() {
    assertThat(calls.patch("/extrahop/services", "{\"ssh\": {\"enabled\": false}}").status())
        .isEqualTo(204);
    assertThat(calls.get("/extrahop/services").json().get("ssh").get("enabled").asBoolean())
        .isFalse();
    assertThat(calls.patch("/extrahop/services", "{\"ssh\": true}").status()).isEqualTo(400);
    assertThat(calls.patch("/extrahop/services", "{\"ftp\": {\"enabled\": true}}").status())
        .isEqualTo(400);
    assertThat(calls.put("/extrahop/detections/access", "{}").status()).isEqualTo(400);
    assertThat(calls.patch("/extrahop/ticketing", "{\"enabled\": 1}").status()).isEqualTo(400);
    assertThat(calls.get("/appliances/1/cloudservices").status()).isEqualTo(400);
    assertThat(calls.post("/appliances/0/cloudservices", "{\"action\": \"enroll\"}").status())
        .isEqualTo(400);
    assertThat(calls.post("/cloud/connect", "{}").status()).isEqualTo(400);
    assertThat(calls.post("/extrahop/sslcert/signingrequest", "{\"subject\": {}}").status())
        .isEqualTo(400);
  }

  @Test
  void sensorTagsAndDomainControllersBelongToTheirAppliances() {
    Reply tag = calls.post("/appliances/sensortags", "{\"name\": \"east\", \"sensors\": [1]}");
    assertThat(tag.status()).isEqualTo(201);
    assertThat(tag.location()).isEqualTo("/api/v1/appliances/sensortags/1");
    assertThat(calls.post("/appliances/sensortags", "{\"sensors\": []}").status()).isEqualTo(400);
    assertThat(calls.patch("/appliances/2/sensortags", "{\"sensortags\": [1]}").status())
        .isEqualTo(204);
    assertThat(calls.get("/appliances/sensortags/1").json().get("sensors"))
        .extracting(n -> n.asLong())
        .containsExactly(1L, 2L);
    assertThat(calls.patch("/appliances/2/sensortags", "{\"sensortags\": [7]}").status())
        .isEqualTo(400);

    String controller =
        "{\"dc_host\": \"dc1\", \"dc_name\": \"dc1\", \"realm\": \"R\", \"username\": \"u\","
            + " \"password\": \"p\", \"ad_decryption_enabled\": true, \"ad_response_enabled\":"
            + " false, \"ad_user_enrichment_enabled\": false}";
    Reply added = calls.post("/appliances/2/domaincontrollers/connections", controller);
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.location())
        .isEqualTo("/api/v1/appliances/2/domaincontrollers/connections/dc1");
    assertThat(calls.get("/appliances/2/domaincontrollers/connections/dc1").json().has("password"))
        .isFalse();
    assertThat(calls.post("/appliances/2/domaincontrollers/connections", controller).status())
        .isEqualTo(409);
    assertThat(
            calls
                .post("/appliances/2/domaincontrollers/connections", "{\"dc_host\": \"dc2\"}")
                .status())
        .isEqualTo(400);

    assertThat(calls.delete("/appliances/2").status()).isEqualTo(204);
    assertThat(calls.get("/appliances/2/domaincontrollers/connections").status()).isEqualTo(404);
  }
}
