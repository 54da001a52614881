package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtraHopDevicesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  private final ExtraHopApi api =
      ExtraHopApi.builder().devices(250).seed(7).records(0).clock(CLOCK).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void devicesAreDeterministicForASeed() {
    ExtraHopApi twin = ExtraHopApi.builder().devices(250).seed(7).records(0).clock(CLOCK).build();
    ExtraHopApi other = ExtraHopApi.builder().devices(250).seed(8).records(0).clock(CLOCK).build();

    assertThat(twin.store("devices")).isEqualTo(api.store("devices"));
    assertThat(other.store("devices")).isNotEqualTo(api.store("devices"));
  }

  @Test
  void theListPagesBy100UnlessToldOtherwise() {
    assertThat(calls.get("/devices").json()).hasSize(100);
    assertThat(calls.get("/devices?limit=100&offset=200").json()).hasSize(50);
    assertThat(calls.get("/devices?limit=100&offset=300").json()).isEmpty();

    Set<Long> seen = new HashSet<>();
    for (int offset = 0; ; offset += 40) {
      JsonNode page = calls.get("/devices?limit=40&offset=" + offset).json();
      if (page.isEmpty()) {
        break;
      }
      page.forEach(device -> seen.add(device.get("id").asLong()));
    }
    assertThat(seen).hasSize(250);
  }

  @Test
  void theGuidesSubnetSearchFindsEveryDeviceOfThatSubnet() {
    List<JsonNode> found = new ArrayList<>();
    for (int offset = 0; ; offset += 25) {
      JsonNode page =
          calls
              .get(
                  "/devices?limit=25&search_type="
                      + encode("ip address")
                      + "&value="
                      + encode("10.20.0.[0-9]+")
                      + "&offset="
                      + offset)
              .json();
      if (page.isEmpty()) {
        break;
      }
      page.forEach(found::add);
    }

    assertThat(found).hasSize(63);
    assertThat(found).allMatch(device -> device.get("ipaddr4").asText().startsWith("10.20.0."));
  }

  @Test
  void searchTypes() {
    assertThat(search("ip address", "10.30.1.5"))
        .singleElement()
        .satisfies(device -> assertThat(device.get("ipaddr4").asText()).isEqualTo("10.30.1.5"));
    assertThat(search("ip address", "10.40.0.0/16")).hasSize(62);
    assertThat(search("name", "^web-"))
        .isNotEmpty()
        .allMatch(device -> device.get("dns_name").asText().startsWith("web-"));
    assertThat(search("vendor", "cisco|juniper"))
        .isNotEmpty()
        .allMatch(device -> Set.of("Cisco", "Juniper").contains(device.get("vendor").asText()));
    assertThat(search("type", "db_server"))
        .isNotEmpty()
        .allMatch(device -> device.get("role").asText().equals("db_server"));
    String mac = calls.get("/devices/17").json().get("macaddr").asText();
    assertThat(search("mac address", mac.toLowerCase()))
        .singleElement()
        .satisfies(device -> assertThat(device.get("id").asLong()).isEqualTo(17));
    String dnsName = calls.get("/devices/1").json().get("dns_name").asText();
    assertThat(search("any", "^" + dnsName.replace(".", "\\.") + "$"))
        .singleElement()
        .satisfies(device -> assertThat(device.get("id").asLong()).isEqualTo(1));
    assertThat(search("vlan", "40"))
        .isNotEmpty()
        .allMatch(device -> device.get("vlanid").asInt() == 40);
  }

  @Test
  void searchByTagAndDeviceGroupFollowsAssignments() {
    calls.post("/tags/3/devices", "{\"assign\": [20, 21]}");
    calls.post("/devicegroups/3/devices", "{\"assign\": [22]}");

    assertThat(ids(search("tag", "decommission"))).containsExactly(20L, 21L);
    assertThat(ids(search("device group", "^Critical"))).contains(22L);
  }

  @Test
  void badSearchesAnswer400() {
    assertThat(calls.get("/devices?search_type=colour&value=red").status()).isEqualTo(400);
    assertThat(calls.get("/devices?search_type=name&value=" + encode("[unclosed")).status())
        .isEqualTo(400);
    assertThat(calls.get("/devices?search_type=name").status()).isEqualTo(400);
    assertThat(calls.get("/devices?limit=-1").status()).isEqualTo(400);
  }

  @Test
  void activeFromKeepsDevicesSeenSinceThen() {
    long now = CLOCK.millis();
    JsonNode recent = calls.get("/devices?limit=1000&active_from=-30m").json();

    assertThat(recent.size()).isBetween(100, 200);
    assertThat(recent).allMatch(device -> device.get("last_seen_time").asLong() >= now - 1_800_000);
    assertThat(calls.get("/devices?limit=1000&active_from=" + (now - 1_800_000)).json())
        .isEqualTo(recent);
    assertThat(calls.get("/devices?limit=1000&active_until=" + (now - 200L * 86_400_000)).json())
        .isEmpty();
  }

  @Test
  void postSearchTakesAFilterOfRules() {
    JsonNode found =
        calls
            .post(
                "/devices/search",
                "{\"filter\": {\"operator\": \"and\", \"rules\": ["
                    + "{\"field\": \"ipaddr\", \"operator\": \"=\", \"operand\": \"10.20.0.0/24\"},"
                    + "{\"operator\": \"or\", \"rules\": ["
                    + "  {\"field\": \"role\", \"operator\": \"=\", \"operand\": \"http_server\"},"
                    + "  {\"field\": \"role\", \"operator\": \"=\", \"operand\": \"db_server\"}]}]},"
                    + "\"limit\": 1000}")
            .json();

    assertThat(found)
        .isNotEmpty()
        .allMatch(
            device ->
                device.get("ipaddr4").asText().startsWith("10.20.0.")
                    && Set.of("http_server", "db_server").contains(device.get("role").asText()));

    JsonNode one =
        calls
            .post(
                "/devices/search",
                "{\"filter\": {\"field\": \"ipaddr\", \"operand\": \"10.30.1.2\", \"operator\": \"=\"}}")
            .json();
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("discovery_id").asText()).isNotEmpty();

    JsonNode named =
        calls
            .post(
                "/devices/search",
                "{\"filter\": {\"field\": \"name\", \"operator\": \"~\","
                    + " \"operand\": \"^dns-\"}, \"limit\": 3, \"offset\": 1}")
            .json();
    assertThat(named)
        .hasSizeLessThanOrEqualTo(3)
        .allMatch(d -> d.get("dns_name").asText().startsWith("dns-"));
  }

  @Test
  void postSearchRefusesUnknownFieldsAndOperators() {
    assertThat(
            calls
                .post(
                    "/devices/search",
                    "{\"filter\": {\"field\": \"colour\", \"operator\": \"=\", "
                        + "\"operand\": \"red\"}}")
                .status())
        .isEqualTo(400);
    assertThat(
            calls
                .post(
                    "/devices/search",
                    "{\"filter\": {\"field\": \"name\", \"operator\": \"like\", "
                        + "\"operand\": \"x\"}}")
                .status())
        .isEqualTo(400);
    assertThat(
            calls
                .post("/devices/search", "{\"filter\": {\"operator\": \"and\", \"rules\": []}}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void devicesCanBePatchedButNotCreatedOrDeleted() {
    assertThat(
            calls
                .patch(
                    "/devices/3", "{\"custom_name\": \"payroll-db\", \"description\": \"finance\"}")
                .status())
        .isEqualTo(204);
    JsonNode device = calls.get("/devices/3").json();
    assertThat(device.get("custom_name").asText()).isEqualTo("payroll-db");
    assertThat(device.get("mod_time").asLong()).isEqualTo(CLOCK.millis());
    assertThat(calls.post("/devices", "{}").status()).isEqualTo(405);
  }

  @Test
  void activityFollowsTheDevicesRole() {
    JsonNode server = search("type", "http_server").get(0);
    JsonNode activity = calls.get("/devices/" + server.get("id").asText() + "/activity").json();

    assertThat(activity)
        .anyMatch(entry -> entry.get("stat_name").asText().equals("extrahop.device.http_server"));
    assertThat(activity)
        .allMatch(entry -> entry.get("device_id").asLong() == server.get("id").asLong());
  }

  private List<JsonNode> search(String type, String value) {
    List<JsonNode> found = new ArrayList<>();
    calls
        .get("/devices?limit=1000&search_type=" + encode(type) + "&value=" + encode(value))
        .json()
        .forEach(found::add);
    return found;
  }

  private static List<Long> ids(List<JsonNode> devices) {
    return devices.stream().map(device -> device.get("id").asLong()).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
