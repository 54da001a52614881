package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fake ExtraHop posing as older firmware, today's firmware and RevealX 360; today's network
 * localities; error counts of the generated metrics; the standalone servers' help.
 */
class ExtraHopFirmwarePoseTest {
  private static ExtraHopCalls posing(ExtraHopFirmwarePose pose) {
    return ExtraHopCalls.withKey(
        ExtraHopApi.builder().devices(5).records(20).firmware(pose).build());
  }

  private static void assertMissing(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.json().path("error_message").asText()).startsWith("No resource at /api/v1/");
  }

  @Test
  void byDefaultEveryOperationOfEitherEraIsServed() {
    ExtraHopCalls union = ExtraHopCalls.withKey(ExtraHopApi.builder().devices(5).build());

    assertThat(union.get("/extrahop").json().path("version").asText()).isEqualTo("9.6.0.1234");
    assertThat(union.get("/pages").status()).isEqualTo(200);
    assertThat(union.get("/whitelist/devices").status()).isEqualTo(200);
    assertThat(union.get("/watchlist/devices").status()).isEqualTo(200);
    assertThat(union.get("/networklocality").status()).isEqualTo(200);
    assertThat(union.get("/networklocalities").status()).isEqualTo(200);
  }

  @Test
  void olderFirmwareLacksTodaysAdditions() {
    ExtraHopCalls older = posing(ExtraHopFirmwarePose.OLDER_APPLIANCE);

    assertThat(older.get("/extrahop").json().path("version").asText()).isEqualTo("9.1.0.1000");
    assertThat(older.get("/extrahop/version").json().path("version").asText())
        .isEqualTo("9.1.0.1000");
    assertMissing(older.get("/watchlist/devices"));
    assertMissing(older.post("/watchlist/device/1", ""));
    assertMissing(older.get("/networklocalities"));
    assertMissing(older.post("/records/cursor", "{\"cursor\": \"x\"}"));
    assertMissing(older.post("/devices/search", "{}"));
    assertMissing(older.post("/detections/search", "{}"));
    assertThat(older.get("/whitelist/devices").status()).isEqualTo(200);
    assertThat(older.get("/packetcaptures").status()).isEqualTo(200);
    assertThat(older.get("/pages").status()).isEqualTo(200);
  }

  @Test
  void todaysFirmwareLacksTheGuidesOperationsThatTodaysApiDropped() {
    ExtraHopCalls current = posing(ExtraHopFirmwarePose.CURRENT_APPLIANCE);

    assertThat(current.get("/extrahop").json().path("version").asText()).isEqualTo("26.3.0.1540");
    for (String path :
        List.of(
            "/pages",
            "/flexgrids",
            "/geomaps",
            "/packetcaptures",
            "/packetcaptures/1",
            "/whitelist/devices",
            "/networklocality",
            "/records/cursor/abc",
            "/customdevices/1/criteria",
            "/devicegroups/1/tags",
            "/activitygroups",
            "/applications/1/pages",
            "/devices/1/flexgrids",
            "/applications/1/geomaps")) {
      assertMissing(current.get(path));
    }
    assertThat(current.get("/watchlist/devices").status()).isEqualTo(200);
    assertThat(current.get("/networklocalities").status()).isEqualTo(200);
    assertThat(current.get("/tags").status()).isEqualTo(200);
    assertThat(current.get("/devices/1").status()).isEqualTo(200);
  }

  @Test
  void revealX360NamesACloudHost() {
    JsonNode about = posing(ExtraHopFirmwarePose.REVEALX_360).get("/extrahop").json();

    assertThat(about.path("version").asText()).isEqualTo("26.3.0.1540");
    assertThat(about.path("display_host").asText()).endsWith(".cloud.extrahop.com");
    assertMissing(posing(ExtraHopFirmwarePose.REVEALX_360).get("/packetcaptures"));
  }

  @Test
  void networkLocalitiesTakeANetworksArrayAndShareTheOlderPathsEntries() {
    ExtraHopCalls union = ExtraHopCalls.withKey(ExtraHopApi.builder().devices(5).build());

    assertThat(union.post("/networklocalities", "{\"networks\": [\"10.1.0.0/16\"]}").status())
        .as("external is required")
        .isEqualTo(400);
    assertThat(union.post("/networklocalities", "{\"external\": true}").status())
        .as("addresses are required")
        .isEqualTo(400);
    assertThat(
            union
                .post("/networklocalities", "{\"external\": true, \"networks\": \"10/8\"}")
                .status())
        .isEqualTo(400);
    Reply created =
        union.post(
            "/networklocalities",
            "{\"external\": true, \"networks\": [\"10.1.0.0/16\", \"10.2.0.1\"]}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.createdId();
    assertThat(created.location()).isEqualTo("/api/v1/networklocalities/" + id);

    JsonNode entry = union.get("/networklocalities/" + id).json();
    assertThat(entry.path("name").asText()).isEqualTo("locality_" + id);
    assertThat(entry.path("networks")).hasSize(2);
    assertThat(union.get("/networklocality/" + id).json().path("networks").get(1).asText())
        .isEqualTo("10.2.0.1");

    assertThat(union.patch("/networklocalities/" + id, "{\"external\": false}").status())
        .isEqualTo(204);
    assertThat(union.get("/networklocalities/" + id).json().path("external").asBoolean()).isFalse();
    assertThat(union.delete("/networklocalities/" + id).status()).isEqualTo(204);
    assertThat(union.get("/networklocality/" + id).status()).isEqualTo(404);

    // An entry of the older form reads with networks on today's path.
    JsonNode first = union.get("/networklocalities").json().get(0);
    assertThat(first.path("networks").get(0).asText()).isEqualTo(first.path("network").asText());
  }

  @Test
  void errorCountsNeverExceedTheCountTheyArePartOf() {
    ExtraHopCalls sensor = ExtraHopCalls.withKey(ExtraHopApi.builder().devices(5).build());
    String query =
        "{\"cycle\": \"30sec\", \"from\": -7200000, \"until\": 0, \"metric_category\": \"http_server\","
            + " \"metric_specs\": [SPECS], \"object_ids\": [1, 2, 3, 4, 5], \"object_type\": \"device\"}";
    String specs =
        "{\"name\": \"req\"}, {\"name\": \"rsp\"}, {\"name\": \"rsp_error\"}, {\"name\": \"req_error\"},"
            + " {\"name\": \"errors\"}";

    for (String path : List.of("/metrics", "/metrics/totalbyobject", "/metrics/total")) {
      JsonNode stats = sensor.post(path, query.replace("SPECS", specs)).json().path("stats");
      assertThat(stats).isNotEmpty();
      for (JsonNode stat : stats) {
        JsonNode v = stat.path("values");
        long req = v.get(0).asLong();
        long rsp = v.get(1).asLong();
        assertThat(v.get(2).asLong()).as("rsp_error <= rsp in %s", stat).isBetween(0L, rsp);
        assertThat(v.get(3).asLong()).as("req_error <= req in %s", stat).isBetween(0L, req);
        assertThat(v.get(4).asLong()).as("errors <= rsp in %s", stat).isBetween(0L, rsp);
      }
    }
    // The same numbers when the error count is asked for alone.
    JsonNode alone =
        sensor.post("/metrics", query.replace("SPECS", "{\"name\": \"rsp_error\"}")).json();
    JsonNode together = sensor.post("/metrics", query.replace("SPECS", specs)).json();
    for (int i = 0; i < alone.path("stats").size(); i++) {
      assertThat(alone.path("stats").get(i).path("values").get(0))
          .isEqualTo(together.path("stats").get(i).path("values").get(2));
    }
    // And some errors at all, so that the check above means something.
    assertThat(together.path("stats").findValues("values"))
        .anySatisfy(v -> assertThat(v.get(2).asLong()).isPositive());
  }

  @Test
  void theStandaloneServersHelpDescribesBothFakesAndThePoses() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FakeServers.run(
        new String[] {"--help"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String help = printed.toString(StandardCharsets.UTF_8);

    assertThat(help).doesNotContain("not part of this build").contains("--extrahop-firmware");
    try (FakeServers servers = FakeServers.start("--extrahop-firmware", "current")) {
      assertThat(
              servers.extraHop().api().document("/extrahop").orElseThrow().path("version").asText())
          .isEqualTo("26.3.0.1540");
      assertThat(servers.toString()).contains("extrahop http://127.0.0.1:");
    }
  }
}
