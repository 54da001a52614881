package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.testing.ExtraHopCalls.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtraHopCrudTest {
  private final ExtraHopApi api = ExtraHopApi.builder().devices(20).records(10).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void createAnswers201WithAnEmptyBodyAndTheLocationOfTheNewObject() {
    int before = api.store("tags").size();

    Reply created = calls.post("/tags", "{\"name\": \"my_test_tag\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).isEmpty();
    assertThat(created.location()).isEqualTo("/api/v1/tags/" + (before + 1));
    Reply read = calls.get("/tags/" + created.createdId());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("name").asText()).isEqualTo("my_test_tag");
    assertThat(read.json().get("id").asLong()).isEqualTo(before + 1);
    assertThat(read.json().get("mod_time").isIntegralNumber()).isTrue();
    assertThat(calls.get("/tags").json()).hasSize(before + 1);
  }

  @Test
  void theGuidesCreateRetrieveDeleteExampleEndsInA404() {
    String id = calls.post("/tags", "{\"name\": \"my_test_tag\"}").createdId();

    assertThat(calls.delete("/tags/" + id).status()).isEqualTo(204);

    Reply gone = calls.get("/tags/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("error_message").asText()).isNotBlank();
    assertThat(calls.delete("/tags/" + id).status()).isEqualTo(404);
  }

  @Test
  void patchMergesTheFieldsSentAndAnExplicitNullClearsOne() {
    String id =
        calls
            .post(
                "/devicegroups",
                "{\"description\": \"FTP Example\", \"dynamic\": true, "
                    + "\"field\": \"type\", \"include_custom_devices\": true, \"name\": \"\", "
                    + "\"value\": \"/^extrahop.device.ftp_server$/\"}")
            .createdId();

    Reply patched =
        calls.patch("/devicegroups/" + id, "{\"name\": \"FTP Servers\", \"value\": null}");

    assertThat(patched.status()).isEqualTo(204);
    assertThat(patched.body()).isEmpty();
    var group = calls.get("/devicegroups/" + id).json();
    assertThat(group.get("name").asText()).isEqualTo("FTP Servers");
    assertThat(group.get("value").isNull()).isTrue();
    assertThat(group.get("description").asText()).isEqualTo("FTP Example");
    assertThat(group.get("dynamic").asBoolean()).isTrue();
    assertThat(group.get("id").asText()).isEqualTo(id);
  }

  @Test
  void patchCannotChangeTheIdNorClearARequiredField() {
    assertThat(calls.patch("/tags/1", "{\"id\": 99, \"name\": \"renamed\"}").status())
        .isEqualTo(204);
    assertThat(calls.get("/tags/1").json().get("name").asText()).isEqualTo("renamed");
    assertThat(calls.get("/tags/99").status()).isEqualTo(404);

    Reply cleared = calls.patch("/tags/1", "{\"name\": null}");
    assertThat(cleared.status()).isEqualTo(400);
    assertThat(cleared.json().get("error_message").asText()).contains("name");
  }

  @Test
  void unknownIdsAnswer404ForEveryVerb() {
    assertThat(calls.get("/alerts/999").status()).isEqualTo(404);
    assertThat(calls.patch("/alerts/999", "{\"name\": \"x\"}").status()).isEqualTo(404);
    assertThat(calls.delete("/alerts/999").status()).isEqualTo(404);
    assertThat(calls.get("/alerts/not-a-number").status()).isEqualTo(404);
  }

  @Test
  void anUnknownPathIs404AndAKnownPathWithAnotherMethodIs405() {
    assertThat(calls.get("/nothing-here").status()).isEqualTo(404);
    assertThat(calls.get("/nothing-here").json().get("error_message").asText())
        .contains("/api/v1/nothing-here");
    assertThat(calls.delete("/devices/1").status()).isEqualTo(405);
    assertThat(calls.send("POST", "/vlans", "{}").status()).isEqualTo(405);
    assertThat(ExtraHopCalls.withKey(api).get("/api/v2/tags").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} {1} -> 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/tags              | {}",
        "/tags              | {\"name\": null}",
        "/devicegroups      | {\"description\": \"no name\"}",
        "/emailgroups       | {\"name\": \"uses group_name instead\"}",
        "/alerts            | {\"type\": \"threshold\"}",
        "/alerts            | {\"name\": \"a\", \"type\": \"sometimes\"}",
        "/alerts            | {\"name\": \"a\", \"type\": \"detection\", \"severity\": 8}",
        "/alerts            | {\"name\": \"a\", \"type\": \"detection\", \"severity\": -1}",
        "/alerts            | {\"name\": \"a\", \"type\": \"detection\", \"severity\": \"high\"}",
        "/alerts            | {\"name\": \"a\", \"type\": \"threshold\", \"stat_name\": \"s\", \"field_name\": \"f\", \"operator\": \"!=\", \"operand\": \"1\"}",
        "/alerts            | {\"name\": \"a\", \"type\": \"threshold\", \"operator\": \">\", \"operand\": \"1\"}",
        "/users             | {\"name\": \"No Username\"}",
        "/networklocality   | {\"external\": true}",
        "/ssldecryptkeys    | {\"name\": \"no pem\"}",
        "/activitymaps      | {\"name\": \"no walks\"}",
        "/tags              | {not json",
        "/tags              | [\"an\", \"array\"]",
      })
  void bodiesTheLiveApiRefusesAnswer400WithAnErrorMessage(String path, String body) {
    Reply refused = calls.post(path, body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("error_message").asText()).isNotBlank();
  }

  @Test
  void alertRulesAlsoHoldForPatches() {
    assertThat(calls.patch("/alerts/1", "{\"severity\": 9}").status()).isEqualTo(400);
    assertThat(calls.patch("/alerts/1", "{\"operator\": \"~\"}").status()).isEqualTo(400);
    assertThat(calls.patch("/alerts/1", "{\"severity\": 0, \"operator\": \"<=\"}").status())
        .isEqualTo(204);
    assertThat(api.find("alerts", "1").orElseThrow().get("severity").asInt()).isZero();
  }

  @Test
  void aThresholdAlertKeepsItsOperandAsAStringAndGetsDefaults() {
    String id =
        calls
            .post(
                "/alerts",
                "{\"name\": \"Too many errors\", \"type\": \"threshold\", \"severity\": 2,"
                    + " \"stat_name\": \"extrahop.device.http_server\", \"field_name\": \"rsp_error\", \"operator\": \">=\","
                    + " \"operand\": 100}")
            .createdId();

    var alert = calls.get("/alerts/" + id).json();

    assertThat(alert.get("operand").isTextual()).isTrue();
    assertThat(alert.get("operand").asText()).isEqualTo("100");
    assertThat(alert.get("refire_interval").asInt()).isEqualTo(300);
    assertThat(alert.get("disabled").asBoolean()).isFalse();
    assertThat(alert.has("field_name2")).isTrue();
  }

  @Test
  void emailGroupsAreNamedWithGroupName() {
    String id =
        calls
            .post(
                "/emailgroups",
                "{\"group_name\": \"On call\", \"email_addresses\": [\"a@example.com\"]}")
            .createdId();

    assertThat(calls.get("/emailgroups/" + id).json().get("group_name").asText())
        .isEqualTo("On call");
  }

  @Test
  void usersAreKeyedByUsernameAndNeverAnswerTheirPassword() {
    Reply created =
        calls.post(
            "/users", "{\"username\": \"jdoe\", \"name\": \"Jane Doe\", \"password\": \"s3cret\"}");

    assertThat(created.location()).isEqualTo("/api/v1/users/jdoe");
    var user = calls.get("/users/jdoe").json();
    assertThat(user.get("name").asText()).isEqualTo("Jane Doe");
    assertThat(user.has("password")).isFalse();
    assertThat(calls.post("/users", "{\"username\": \"jdoe\", \"name\": \"Again\"}").status())
        .isEqualTo(409);
    assertThat(calls.patch("/users/jdoe", "{\"enabled\": false}").status()).isEqualTo(204);
    assertThat(calls.get("/users/jdoe").json().get("enabled").asBoolean()).isFalse();
    assertThat(calls.delete("/users/jdoe").status()).isEqualTo(204);
    assertThat(calls.get("/users/jdoe").status()).isEqualTo(404);
  }

  @Test
  void dashboardsAreAddressedByIdOrByTildeShortCode() {
    var byCode = calls.get("/dashboards/~kmC9Y").json();
    var byId = calls.get("/dashboards/" + byCode.get("id").asText()).json();

    assertThat(byCode).isEqualTo(byId);
    assertThat(calls.patch("/dashboards/~kmC9Y", "{\"owner\": \"netops\"}").status())
        .isEqualTo(204);
    assertThat(calls.get("/dashboards/1").json().get("owner").asText()).isEqualTo("netops");
    assertThat(calls.get("/dashboards/~nope").status()).isEqualTo(404);
  }

  @Test
  void userGroupsHaveStringIds() {
    assertThat(calls.get("/usergroups/remote.netops").json().get("name").asText())
        .isEqualTo("netops");
    assertThat(
            calls.get("/usergroups/remote.netops/members").json().get(0).get("username").asText())
        .isEqualTo("netops");
  }

  @Test
  void everySeededResourceListsSomething() {
    for (String resource :
        new String[] {
          "activitygroups",
          "activitymaps",
          "alerts",
          "apikeys",
          "appliances",
          "applications",
          "auditlog",
          "bundles",
          "customdevices",
          "customizations",
          "dashboards",
          "devices",
          "devicegroups",
          "emailgroups",
          "exclusionintervals",
          "flexgrids",
          "geomaps",
          "networks",
          "networklocality",
          "nodes",
          "packetcaptures",
          "pages",
          "reports",
          "ssldecryptkeys",
          "supportpacks",
          "tags",
          "triggers",
          "users",
          "usergroups",
          "vlans",
          "detections"
        }) {
      Reply list = calls.get("/" + resource);
      assertThat(list.status()).as(resource).isEqualTo(200);
      assertThat(list.json()).as(resource).isNotEmpty();
    }
  }

  @Test
  void seededDevicesHaveTheFieldsOfTheGuidesSample() {
    var device = calls.get("/devices/1").json();

    assertThat(device.fieldNames())
        .toIterable()
        .contains(
            "mod_time",
            "node_id",
            "id",
            "extrahop_id",
            "description",
            "user_mod_time",
            "discover_time",
            "vlanid",
            "parent_id",
            "macaddr",
            "vendor",
            "is_l3",
            "ipaddr4",
            "ipaddr6",
            "device_class",
            "default_name",
            "custom_name",
            "cdp_name",
            "dhcp_name",
            "netbios_name",
            "dns_name",
            "custom_type",
            "analysis_level");
  }

  @Test
  void listsPageWithLimitAndOffset() {
    assertThat(calls.get("/auditlog?limit=2").json()).hasSize(2);
    assertThat(calls.get("/auditlog?limit=2&offset=3").json()).hasSize(1);
    assertThat(calls.get("/auditlog?limit=x").status()).isEqualTo(400);
  }

  @Test
  void deletingAnObjectDropsItsAssignmentsSubCollectionsAndSharing() {
    assertThat(api.assignments("alerts", 1, "devices")).isNotEmpty();
    assertThat(calls.delete("/alerts/1").status()).isEqualTo(204);
    assertThat(api.assignments("devices", 2, "alerts")).doesNotContain(1L);

    assertThat(calls.delete("/customdevices/1").status()).isEqualTo(204);
    assertThat(api.store("customdevices/criteria"))
        .noneMatch(c -> c.get("ipaddr").asText().equals("172.16.10.0/24"));

    assertThat(calls.delete("/dashboards/1").status()).isEqualTo(204);
    assertThat(api.document("/dashboards/1/sharing")).isEmpty();
  }

  @Test
  void resetRestoresTheSeededState() {
    calls.post("/tags", "{\"name\": \"extra\"}");
    calls.delete("/alerts/2");

    api.reset();

    assertThat(api.store("tags")).hasSize(3);
    assertThat(api.find("alerts", "2")).isPresent();
  }
}
