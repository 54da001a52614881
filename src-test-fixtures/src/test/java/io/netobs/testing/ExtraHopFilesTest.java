package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ExtraHopFilesTest {
  private final ExtraHopApi api =
      ExtraHopApi.builder()
          .devices(5)
          .records(0)
          .packetCaptureSize(5_000_000)
          .downloadSize(123_456)
          .supportPackPolls(3)
          .build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void packetCapturesArePcapOfTheChosenSize() {
    Reply pcap = calls.get("/packetcaptures/1");

    assertThat(pcap.status()).isEqualTo(200);
    assertThat(pcap.headers()).containsEntry("Content-Type", "application/vnd.tcpdump.pcap");
    assertThat(pcap.generatedLength()).isEqualTo(5_000_000);
    assertThat(pcap.body()).isNull();
    assertThat(calls.get("/packetcaptures").json().get(0).get("bytes").asLong())
        .isEqualTo(5_000_000);

    String big =
        api.add(
            "packetcaptures",
            ExtraHopCalls.JSON.createObjectNode().put("name", "big").put("bytes", 3L << 30));
    assertThat(calls.get("/packetcaptures/" + big).generatedLength()).isEqualTo(3L << 30);

    assertThat(calls.delete("/packetcaptures/1").status()).isEqualTo(204);
    assertThat(calls.get("/packetcaptures/1").status()).isEqualTo(404);
  }

  @Test
  void bundlesAreUploadedAsAnyJsonAndExportedAsUploaded() {
    String bundle =
        "{\"name\": \"Mine\", \"description\": \"d\", \"Trigger\": [{\"name\": \"t\"}], \"extra\": 1}";

    Reply created = calls.post("/bundles", bundle);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).isEmpty();
    assertThat(created.location()).matches("/api/v1/bundles/\\d+");
    assertThat(calls.get("/bundles/" + created.createdId()).json()).isEqualTo(json(bundle));
    assertThat(calls.get("/bundles").json())
        .anyMatch(meta -> meta.get("name").asText().equals("Mine"));
    assertThat(
            calls
                .post(
                    "/bundles/" + created.createdId() + "/apply", "{\"include_assignments\": true}")
                .status())
        .isEqualTo(204);
    assertThat(calls.post("/bundles/999/apply", "{}").status()).isEqualTo(404);
    assertThat(calls.post("/bundles", "not json").status()).isEqualTo(400);
  }

  @Test
  void backupsAreCreatedAndDownloadedAtTheChosenSize() {
    Reply created = calls.post("/customizations", "{\"name\": \"mybackup\"}");
    assertThat(created.status()).isEqualTo(201);

    Reply download = calls.post("/customizations/" + created.createdId() + "/download", null);

    assertThat(download.headers()).containsEntry("Content-Type", "application/exbk");
    assertThat(download.generatedLength()).isEqualTo(123_456);
    assertThat(calls.post("/customizations/" + created.createdId() + "/apply", null).status())
        .isEqualTo(204);
  }

  @Test
  void aSupportPackRunsForTheChosenNumberOfPollsThenIsDownloadable() {
    Reply accepted =
        calls.send(
            "POST", "/supportpacks/execute", new byte[] {1, 2, 3}, "application/octet-stream");

    assertThat(accepted.status()).isEqualTo(202);
    String queue = accepted.location();
    assertThat(queue).isEqualTo("/api/v1/supportpacks/queue/" + accepted.json().get("id").asText());
    for (int poll = 0; poll < 3; poll++) {
      assertThat(calls.get(queue).json().get("status").asText()).isEqualTo("running");
    }
    JsonNode done = calls.get(queue).json();
    assertThat(done.get("status").asText()).isEqualTo("done");
    String filename = done.get("filename").asText();
    Reply file = calls.get("/supportpacks/" + filename);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.generatedLength()).isEqualTo(123_456);
    assertThat(calls.get("/supportpacks").json())
        .anyMatch(pack -> pack.get("filename").asText().equals(filename));
    assertThat(calls.get("/supportpacks/queue/999").status()).isEqualTo(404);
    assertThat(calls.get("/supportpacks/nope.expk").status()).isEqualTo(404);
    assertThat(
            calls
                .send("POST", "/supportpacks/execute", new byte[0], "application/octet-stream")
                .status())
        .isEqualTo(400);
  }

  @Test
  void theSslCertificateIsReplacedWithPemOrRegenerated() {
    String pem =
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n";

    assertThat(calls.send("PUT", "/extrahop/sslcert", pem.getBytes(UTF_8), "text/plain").status())
        .isEqualTo(204);
    assertThat(api.document("/extrahop/sslcert").orElseThrow().get("pem").asText()).isEqualTo(pem);
    assertThat(
            calls.send("PUT", "/extrahop/sslcert", "hello".getBytes(UTF_8), "text/plain").status())
        .isEqualTo(400);
    assertThat(calls.post("/extrahop/sslcert", "{\"hostnames\": [\"eda.example.com\"]}").status())
        .isEqualTo(204);
    assertThat(api.document("/extrahop/sslcert").orElseThrow().get("self_signed").asBoolean())
        .isTrue();
  }

  @Test
  void licenseProductKeyAndRunningConfig() {
    assertThat(calls.put("/license/productkey", "{\"product_key\": \"AAAA-BBBB\"}").status())
        .isEqualTo(204);
    assertThat(calls.get("/license/productkey").json().get("product_key").asText())
        .isEqualTo("AAAA-BBBB");
    assertThat(calls.put("/license/productkey", "{}").status()).isEqualTo(400);
    assertThat(calls.put("/license", "{\"edition\": \"trial\"}").status()).isEqualTo(204);
    assertThat(calls.get("/license").json().get("edition").asText()).isEqualTo("trial");

    assertThat(calls.put("/runningconfig", "{\"hostname\": \"renamed\"}").status()).isEqualTo(204);
    assertThat(calls.get("/runningconfig/saved").json().get("hostname").asText())
        .isEqualTo("eda-1");
    assertThat(calls.post("/runningconfig/save", null).status()).isEqualTo(204);
    assertThat(calls.get("/runningconfig/saved").json().get("hostname").asText())
        .isEqualTo("renamed");
    assertThat(calls.put("/runningconfig", "[]").status()).isEqualTo(400);
  }

  @Test
  void processesRestartByName() {
    assertThat(calls.get("/extrahop/processes").json()).isNotEmpty();
    assertThat(calls.post("/extrahop/processes/excap/restart", null).status()).isEqualTo(204);
    assertThat(calls.post("/extrahop/processes/nope/restart", null).status()).isEqualTo(404);
  }

  private static JsonNode json(String text) {
    try {
      return ExtraHopCalls.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
