package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.request.ApplicationCreate;
import io.netobs.extrahop.request.DeviceGroupQuery;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.TriggerCreate;
import io.netobs.extrahop.request.UserCreate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fields and parameters of today's API on existing operations: applications by display name with
 * criteria, device group filters, direct assignments only, the older trigger {@code event}, the
 * account-team flag of a new user, and page sizes beyond the old limit.
 */
class TodaysFieldsTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void anApplicationIsCreatedByDiscoveryIdAndDisplayNameWithCriteria() {
    wire.created("/api/v1/applications/31");
    long id =
        wire.client
            .applications()
            .create(
                ApplicationCreate.builder()
                    .discoveryId("shop")
                    .displayName("Shop")
                    .nodeId(2)
                    .criteria(List.of(Map.of("protocol", "http")))
                    .build());
    assertThat(id).isEqualTo(31);
    assertThat(Wire.body(wire.expect("POST", "/api/v1/applications")))
        .isEqualTo(
            "{\"discovery_id\":\"shop\",\"display_name\":\"Shop\",\"node_id\":2,"
                + "\"criteria\":[{\"protocol\":\"http\"}]}");
    assertThatThrownBy(() -> ApplicationCreate.builder().discoveryId("shop").build())
        .hasMessageContaining("display_name");

    wire.json("{\"id\": 31, \"display_name\": \"Shop\", \"criteria\": []}");
    wire.client.applications().get(31, true);
    wire.expect("GET", "/api/v1/applications/31?include_criteria=true");
  }

  @Test
  void deviceGroupsAreFilteredBySinceNameAndType() {
    wire.json("[]");
    wire.client
        .deviceGroups()
        .list(
            DeviceGroupQuery.builder()
                .since(ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS))
                .name("^web")
                .type("user_created")
                .build());
    wire.expect("GET", "/api/v1/devicegroups?since=-1d&name=%5Eweb&type=user_created");
  }

  @Test
  void assignmentsCanBeLimitedToDirectOnes() {
    wire.json("[]");
    wire.client.devices().alerts(7).list(true);
    wire.expect("GET", "/api/v1/devices/7/alerts?direct_assignments_only=true");
  }

  @Test
  void aTriggerMayNameTheOlderSingleEvent() {
    TriggerCreate trigger =
        TriggerCreate.builder()
            .name("t")
            .script("debug('x');")
            .event("HTTP_REQUEST")
            .applyAll(false)
            .debug(false)
            .disabled(false)
            .build();
    assertThat(trigger.toMap()).containsEntry("event", "HTTP_REQUEST").doesNotContainKey("events");
    assertThatThrownBy(
            () ->
                TriggerCreate.builder()
                    .name("t")
                    .script("x")
                    .applyAll(false)
                    .debug(false)
                    .disabled(false)
                    .build())
        .hasMessageContaining("events is required");
  }

  @Test
  void aNewUserMayBeOfTheAccountTeam() {
    assertThat(UserCreate.builder().username("ana").name("Ana").ehAccountTeam(true).build().toMap())
        .containsEntry("eh_account_team", true);
  }

  @Test
  void aPageMayBeLargerThanTenThousand() {
    wire.json("[]");
    wire.client.devices().list(DeviceQuery.builder().pageSize(50_000).build()).firstPage();
    wire.expect("GET", "/api/v1/devices?limit=50000&offset=0");
  }
}
