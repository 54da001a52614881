package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.request.CustomDeviceCreate;
import io.netobs.extrahop.request.CustomDeviceCriterionCreate;
import io.netobs.extrahop.request.CustomDeviceUpdate;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.http.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What appliances really send and accept, where the SDK used to refuse it: network 0, device
 * filters with {@code not}, custom devices without {@code disabled}, device groups with an empty
 * name, alert severities sent as text.
 */
class RealShapesTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  /** {@code GET /networks} as an appliance answers it: one network, id 0. */
  private static final String NETWORKS =
      "[{\"mod_time\": 1673316957053, \"id\": 0, \"node_id\": null, \"appliance_uuid\":"
          + " \"6c078a2ea98c42378048f72636c371c8\", \"description\": null, \"name\": \"Capture"
          + " 00:00:00:00:00:00\", \"idle\": false}]";

  @Test
  void networkZeroIsTheAllNetworkAndEveryCallTakesIt() {
    wire.json(NETWORKS);
    long id = wire.client.networks().list().get(0).id();
    assertThat(id).isZero();
    wire.expect("GET", "/api/v1/networks");

    wire.json(NETWORKS.substring(1, NETWORKS.length() - 1));
    Network all = wire.client.networks().get(id);
    assertThat(all.name()).startsWith("Capture");
    wire.expect("GET", "/api/v1/networks/0");

    wire.json("[]");
    wire.client.networks().vlans(0);
    wire.expect("GET", "/api/v1/networks/0/vlans");

    wire.json("[]");
    wire.client.networks().alerts(0).list();
    wire.expect("GET", "/api/v1/networks/0/alerts");

    wire.noContent();
    wire.client.networks().alerts(0).assignOne(7);
    wire.expect("POST", "/api/v1/networks/0/alerts/7");

    wire.noContent();
    assertThat(wire.client.alerts().networks(5).assign(0).isSuccess()).isTrue();
    wire.expect("POST", "/api/v1/alerts/5/networks", "{\"assign\": [0]}");

    wire.noContent();
    wire.client.alerts().networks(5).assignOne(0);
    wire.expect("POST", "/api/v1/alerts/5/networks/0");

    wire.noContent();
    wire.client.alerts().networks(5).unassignOne(0);
    wire.expect("DELETE", "/api/v1/alerts/5/networks/0");

    wire.noContent();
    wire.client.pages().networks(3).unassign(0);
    wire.expect("POST", "/api/v1/pages/3/networks", "{\"unassign\": [0]}");

    assertThatThrownBy(() -> wire.client.networks().get(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> wire.client.alerts().networks(5).assign(-1))
        .hasMessageContaining("ids[0] must be a non-negative id, was -1");
    assertThatThrownBy(() -> wire.client.alerts().devices(5).assign(0))
        .as("other objects still start at id 1")
        .hasMessageContaining("ids[0] must be a positive id, was 0");
    assertThat(wire.requestCount()).isEqualTo(9);
  }

  @Test
  void aDeviceFilterCanSayNot() {
    DeviceFilter notCisco =
        DeviceFilter.builder()
            .not(
                DeviceFilter.builder()
                    .field("vendor")
                    .operator(FilterOperator.EQUALS)
                    .operand("Cisco")
                    .build())
            .build();
    DeviceFilter filter =
        DeviceFilter.builder()
            .and(
                DeviceFilter.builder()
                    .field("ipaddr")
                    .operator(FilterOperator.EQUALS)
                    .operand(Map.of("value", "10.20.0.7", "from", -3600000))
                    .build(),
                notCisco)
            .build();
    wire.json("[]");
    wire.client
        .devices()
        .search(DeviceSearch.builder().filter(filter).pageSize(5).build())
        .firstPage();
    wire.expect(
        "POST",
        "/api/v1/devices/search",
        "{\"filter\": {\"operator\": \"and\", \"rules\": [{\"field\": \"ipaddr\", \"operator\": \"=\","
            + " \"operand\": {\"value\": \"10.20.0.7\", \"from\": -3600000}}, {\"operator\": \"not\","
            + " \"rules\": [{\"field\": \"vendor\", \"operator\": \"=\", \"operand\": \"Cisco\"}]}]},"
            + " \"limit\": 5, \"offset\": 0}");
    assertThat(notCisco.toBuilder().build()).isEqualTo(notCisco);
    assertThatThrownBy(() -> DeviceFilter.builder().not(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rule");
    assertThatThrownBy(() -> DeviceFilter.builder().field("vendor").not(notCisco).build())
        .hasMessageContaining("not both");
  }

  @Test
  void aCustomDeviceNeedsNoDisabledFlagAndCarriesItsCriteria() {
    wire.created("/api/v1/customdevices/4");
    long id =
        wire.client
            .customDevices()
            .create(
                CustomDeviceCreate.builder()
                    .name("vpn pool")
                    .criteria(
                        List.of(
                            CustomDeviceCriterionCreate.builder().ipaddr("10.8.0.0/16").build()))
                    .build());
    assertThat(id).isEqualTo(4);
    assertThat(Wire.body(wire.expect("POST", "/api/v1/customdevices")))
        .isEqualTo("{\"name\":\"vpn pool\",\"criteria\":[{\"ipaddr\":\"10.8.0.0/16\"}]}");

    wire.noContent();
    wire.client.customDevices().update(4, CustomDeviceUpdate.builder().criteria(List.of()).build());
    assertThat(Wire.body(wire.expect("PATCH", "/api/v1/customdevices/4")))
        .as("an empty list removes every criterion")
        .isEqualTo("{\"criteria\":[]}");

    wire.json("{\"id\": 4, \"name\": \"vpn pool\", \"criteria\": [{\"ipaddr\": \"10.8.0.0/16\"}]}");
    assertThat(wire.client.customDevices().get(4, true).criteria()).hasSize(1);
    wire.expect("GET", "/api/v1/customdevices/4?include_criteria=true");
  }

  @Test
  void aDeviceGroupMayHaveAnEmptyName() {
    wire.created("/api/v1/devicegroups/9");
    wire.client.deviceGroups().create(DeviceGroupCreate.builder().name("").dynamic(true).build());
    assertThat(Wire.body(wire.expect("POST", "/api/v1/devicegroups")))
        .isEqualTo("{\"name\":\"\",\"dynamic\":true}");
    assertThatThrownBy(() -> DeviceGroupCreate.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void anAlertSeveritySentAsTextDecodesAndKeepsTheText() throws Exception {
    Alert named =
        Json.mapper()
            .readValue("{\"id\": 1, \"name\": \"a\", \"severity\": \"warning\"}", Alert.class);
    assertThat(named.severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(named.severity().level()).isEqualTo(4);
    assertThat(named.severity().rawValue()).isEqualTo("warning");
    assertThat(Json.mapper().writeValueAsString(named.severity())).isEqualTo("\"warning\"");

    Alert other =
        Json.mapper()
            .readValue("{\"id\": 2, \"name\": \"b\", \"severity\": \"sev-high\"}", Alert.class);
    assertThat(other.severity().isKnown()).isFalse();
    assertThat(other.severity().level()).isEqualTo(-1);
    assertThat(other.severity().rawValue()).isEqualTo("sev-high");

    Alert numbered =
        Json.mapper().readValue("{\"id\": 3, \"name\": \"c\", \"severity\": 9}", Alert.class);
    assertThat(numbered.severity().level()).isEqualTo(9);
    assertThat(numbered.severity().rawValue()).isEqualTo(9);
    assertThat(Json.mapper().writeValueAsString(AlertSeverity.ERROR)).isEqualTo("3");
  }
}
