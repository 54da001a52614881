package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.ExtraHopCalls.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtraHopAssignmentsTest {
  private static final String CATALOGUE = "/io/netobs/testing/catalogue/extrahop-operations.tsv";

  private final ExtraHopApi api = ExtraHopApi.builder().devices(30).records(10).build();
  private final ExtraHopCalls calls = ExtraHopCalls.withKey(api);

  @Test
  void anAssignmentShowsFromBothSides() {
    assertThat(calls.post("/alerts/5/devices/7", null).status()).isEqualTo(204);

    assertThat(ids(calls.get("/alerts/5/devices").json())).contains(7L);
    assertThat(ids(calls.get("/devices/7/alerts").json())).contains(5L);
    assertThat(api.assignments("alerts", 5, "devices")).contains(7L);
    assertThat(api.assignments("devices", 7, "alerts")).contains(5L);

    assertThat(calls.delete("/devices/7/alerts/5").status()).isEqualTo(204);
    assertThat(ids(calls.get("/alerts/5/devices").json())).doesNotContain(7L);
  }

  @Test
  void bulkAssignAndUnassignAnswer204() {
    Reply reply = calls.post("/tags/3/devices", "{\"assign\": [10, 11, 12], \"unassign\": []}");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(api.assignments("tags", 3, "devices")).containsExactly(10L, 11L, 12L);
    assertThat(calls.post("/tags/3/devices", "{\"unassign\": [11]}").status()).isEqualTo(204);
    assertThat(ids(calls.get("/tags/3/devices").json())).containsExactly(10L, 12L);
    assertThat(ids(calls.get("/devices/12/tags").json())).contains(3L);
  }

  @Test
  void bulkAssignmentWithUnknownIdsAppliesTheOthersAndAnswers207() {
    Reply reply = calls.post("/tags/3/devices", "{\"assign\": [10, 9999], \"unassign\": [8888]}");

    assertThat(reply.status()).isEqualTo(207);
    JsonNode errors = reply.json().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("id").asLong()).isEqualTo(9999);
    assertThat(errors.get(0).get("operation").asText()).isEqualTo("assign");
    assertThat(errors.get(0).get("error_message").asText()).contains("9999");
    assertThat(errors.get(1).get("id").asLong()).isEqualTo(8888);
    assertThat(errors.get(1).get("operation").asText()).isEqualTo("unassign");
    assertThat(api.assignments("tags", 3, "devices")).containsExactly(10L);
  }

  @Test
  void badBulkBodiesAnswer400() {
    assertThat(calls.post("/tags/3/devices", "{\"assign\": \"10\"}").status()).isEqualTo(400);
    assertThat(calls.post("/tags/3/devices", "{\"assign\": [\"ten\"]}").status()).isEqualTo(400);
    assertThat(calls.post("/tags/3/devices", "[10]").status()).isEqualTo(400);
  }

  @Test
  void unknownParentsOrChildrenAnswer404() {
    assertThat(calls.post("/tags/999/devices", "{\"assign\": [1]}").status()).isEqualTo(404);
    assertThat(calls.get("/tags/999/devices").status()).isEqualTo(404);
    assertThat(calls.post("/tags/1/devices/999", null).status()).isEqualTo(404);
    assertThat(calls.delete("/tags/999/devices/1").status()).isEqualTo(404);
  }

  @Test
  void everyAssignmentOfTheCatalogueIsSeenFromTheOtherSide() throws IOException {
    List<ExtraHopCatalogueTest.Row> rows = ExtraHopCatalogueTest.read(CATALOGUE);
    Set<String> gets = new HashSet<>();
    rows.stream()
        .filter(row -> row.method().equals("GET"))
        .forEach(row -> gets.add(shape(row.path())));
    int checked = 0;
    for (ExtraHopCatalogueTest.Row row : rows) {
      String[] segments = row.path().substring(1).split("/");
      if (!row.method().equals("POST")
          || segments.length != 4
          || !segments[3].equals("{childId}")) {
        continue;
      }
      String parent = segments[0];
      String children = segments[2];
      String path = "/" + parent + "/1/" + children + "/2";
      ExtraHopApi fresh = ExtraHopApi.builder().devices(5).records(0).build();
      ExtraHopCalls freshCalls = ExtraHopCalls.withKey(fresh);

      assertThat(freshCalls.post(path, null).status()).as(path).isEqualTo(204);

      assertThat(ids(freshCalls.get("/" + parent + "/1/" + children).json())).as(path).contains(2L);
      assertThat(fresh.assignments(children, 2, parent)).as(path).contains(1L);
      if (gets.contains("/" + children + "/{}/" + parent)) {
        assertThat(ids(freshCalls.get("/" + children + "/2/" + parent).json()))
            .as(path)
            .contains(1L);
      }
      checked++;
    }
    assertThat(checked).as("assignment rows of the catalogue").isEqualTo(36);
  }

  private static String shape(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  @Test
  void relatedDashboardsAreReadOnlyLists() {
    assertThat(ids(calls.get("/devices/1/dashboards").json())).containsExactly(1L);
    assertThat(ids(calls.get("/applications/2/dashboards").json())).containsExactly(2L);
    assertThat(calls.get("/activitygroups/1/dashboards").json()).hasSize(1);
    assertThat(calls.post("/devices/1/dashboards", "{\"assign\": [2]}").status()).isEqualTo(405);
  }

  @Test
  void whitelistAddsAndRemovesDevices() {
    assertThat(calls.post("/whitelist/device/4", null).status()).isEqualTo(204);
    assertThat(ids(calls.get("/whitelist/devices").json())).contains(1L, 4L);
    assertThat(
            calls.post("/whitelist/devices", "{\"assign\": [5], \"unassign\": [1, 4000]}").status())
        .isEqualTo(207);
    assertThat(api.assignments("whitelist", 0, "devices")).containsExactly(4L, 5L);
    assertThat(calls.delete("/whitelist/device/4").status()).isEqualTo(204);
    assertThat(calls.post("/whitelist/device/4000", null).status()).isEqualTo(404);
  }

  @Test
  void customDeviceCriteriaAreASubCollectionWithTheirOwnIds() {
    Reply created =
        calls.post("/customdevices/2/criteria", "{\"ipaddr\": \"10.99.0.0/16\", \"vlan_min\": 5}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).matches("/api/v1/customdevices/2/criteria/\\d+");
    String id = created.createdId();
    assertThat(calls.get("/customdevices/2/criteria/" + id).json().get("vlan_min").asInt())
        .isEqualTo(5);
    assertThat(calls.get("/customdevices/2/criteria").json()).hasSize(2);
    assertThat(calls.get("/customdevices/1/criteria/" + id).status())
        .as("belongs to another parent")
        .isEqualTo(404);
    assertThat(calls.post("/customdevices/2/criteria", "{\"vlan_min\": 5}").status())
        .isEqualTo(400);
    assertThat(calls.delete("/customdevices/2/criteria/" + id).status()).isEqualTo(204);
    assertThat(calls.get("/customdevices/2/criteria/" + id).status()).isEqualTo(404);
  }

  @Test
  void sslKeyProtocolsAreASubCollection() {
    Reply created =
        calls.post("/ssldecryptkeys/1/protocols", "{\"protocol\": \"LDAP\", \"port\": 636}");

    assertThat(created.location()).startsWith("/api/v1/ssldecryptkeys/1/protocols/");
    assertThat(calls.get("/ssldecryptkeys/1/protocols").json()).hasSize(3);
    assertThat(calls.delete("/ssldecryptkeys/1/protocols/" + created.createdId()).status())
        .isEqualTo(204);
    assertThat(calls.get("/ssldecryptkeys/1/protocols").json()).hasSize(2);
  }

  @Test
  void sharingIsPatchedPerGrantAndReplacedWhole() {
    assertThat(
            calls
                .patch(
                    "/dashboards/1/sharing",
                    "{\"users\": {\"viewer\": \"viewer\", \"netops\": null}}")
                .status())
        .isEqualTo(204);
    JsonNode sharing = calls.get("/dashboards/1/sharing").json();
    assertThat(sharing.get("anyone").asText()).isEqualTo("viewer");
    assertThat(sharing.get("users").has("netops")).isFalse();
    assertThat(sharing.get("users").get("viewer").asText()).isEqualTo("viewer");
    assertThat(sharing.get("groups").get("remote.netops").asText()).isEqualTo("viewer");

    assertThat(calls.put("/dashboards/1/sharing", "{\"users\": {\"admin\": \"editor\"}}").status())
        .isEqualTo(204);
    sharing = calls.get("/dashboards/1/sharing").json();
    assertThat(sharing.get("anyone").isNull()).isTrue();
    assertThat(sharing.get("users").fieldNames()).toIterable().containsExactly("admin");
    assertThat(sharing.get("groups")).isEmpty();

    assertThat(calls.patch("/activitymaps/2/sharing", "{\"anyone\": \"owner\"}").status())
        .isEqualTo(400);
    assertThat(calls.get("/activitymaps/2/sharing").json().get("users")).isEmpty();
  }

  @Test
  void deletingUserGroupAssociationsRemovesTheGroupFromSharing() {
    assertThat(calls.delete("/usergroups/remote.netops/associations").status()).isEqualTo(204);

    assertThat(calls.get("/dashboards/1/sharing").json().get("groups").has("remote.netops"))
        .isFalse();
  }

  @Test
  void listsFoundThroughAFieldOfTheChildren() {
    assertThat(ids(calls.get("/networks/1/vlans").json())).containsExactly(1L, 2L);
    assertThat(ids(calls.get("/dashboards/1/reports").json())).containsExactly(1L);
    assertThat(calls.get("/users/admin/apikeys").json())
        .allMatch(key -> key.get("username").asText().equals("admin"));
    assertThat(calls.get("/users/admin/apikeys/1").status()).isEqualTo(200);
    assertThat(calls.get("/users/admin/apikeys/2").status()).as("netops' key").isEqualTo(404);
  }

  @Test
  void reportContentsAreReplacedWhole() {
    assertThat(
            calls
                .put("/reports/2/contents", "[{\"kind\": \"dashboard\", \"dashboard_id\": 1}]")
                .status())
        .isEqualTo(204);
    assertThat(calls.get("/reports/2/contents").json().get(0).get("dashboard_id").asInt())
        .isEqualTo(1);
    assertThat(calls.put("/reports/2/contents", "{\"not\": \"an array\"}").status()).isEqualTo(400);
    assertThat(calls.post("/reports/1/queue", null).status()).isEqualTo(202);
  }

  private static List<Long> ids(JsonNode objects) {
    List<Long> ids = new ArrayList<>();
    objects.forEach(object -> ids.add(object.get("id").asLong()));
    return ids;
  }
}
