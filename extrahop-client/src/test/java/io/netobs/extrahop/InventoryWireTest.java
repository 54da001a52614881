package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.AnalysisPriorityConfig;
import io.netobs.extrahop.model.DeviceDnsName;
import io.netobs.extrahop.model.DeviceIpAddress;
import io.netobs.extrahop.model.ObservedSoftware;
import io.netobs.extrahop.model.Vlan;
import io.netobs.extrahop.request.AnalysisPriorityConfigUpdate;
import io.netobs.extrahop.request.IpAddressObservations;
import io.netobs.extrahop.request.SoftwareQuery;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wire shapes of a device's observations, software, one VLAN, IP address observations and
 * analysis priority: method, path, query and body exactly as sent, and the answers decoded.
 */
class InventoryWireTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void deviceObservationsSendTheirWindowAsFromAndUntil() {
    wire.json(
        "[{\"name\": \"db-007.corp.example.com\", \"from_time\": 1700000000000,"
            + " \"until_time\": 1700000600000, \"confidence\": \"high\"}]");
    List<DeviceDnsName> names =
        wire.client
            .devices()
            .dnsNames(
                7,
                ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS),
                ExtraHopTime.at(Instant.ofEpochMilli(1700000600000L)));
    wire.expect("GET", "/api/v1/devices/7/dnsnames?from=-1d&until=1700000600000");
    assertThat(names.get(0).name()).isEqualTo("db-007.corp.example.com");
    assertThat(names.get(0).fromTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
    assertThat(names.get(0).unknownFields()).containsEntry("confidence", "high");

    wire.json("[{\"ipaddr\": \"10.20.0.7\", \"from_time\": 1, \"until_time\": 2}]");
    List<DeviceIpAddress> addresses = wire.client.devices().ipAddresses(7);
    wire.expect("GET", "/api/v1/devices/7/ipaddrs");
    assertThat(addresses.get(0).ipaddr()).isEqualTo("10.20.0.7");

    wire.json(
        "[{\"id\": \"os-linux-6\", \"software_type\": \"os\", \"name\": \"Linux\","
            + " \"version\": \"6.8\", \"cpe\": \"cpe:/o:linux\"}]");
    List<ObservedSoftware> software = wire.client.devices().software(7, null, ExtraHopTime.now());
    wire.expect("GET", "/api/v1/devices/7/software?until=0");
    assertThat(software.get(0).softwareType()).isEqualTo("os");
    assertThat(software.get(0).unknownFields()).containsEntry("cpe", "cpe:/o:linux");

    assertThatThrownBy(() -> wire.client.devices().dnsNames(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void softwareIsFilteredInTheQueryAndFetchedByItsStringId() {
    wire.json("[]");
    wire.client
        .software()
        .list(
            SoftwareQuery.builder()
                .softwareType("os")
                .name("Windows Server")
                .version("2022")
                .build());
    wire.expect("GET", "/api/v1/software?software_type=os&name=Windows%20Server&version=2022");

    wire.json("[]");
    wire.client.software().list();
    wire.expect("GET", "/api/v1/software");

    wire.json("{\"id\": \"os/win 11\", \"name\": \"Windows\"}");
    assertThat(wire.client.software().get("os/win 11").name()).isEqualTo("Windows");
    wire.expect("GET", "/api/v1/software/os%2Fwin%2011");

    wire.answer(404, "{\"error_message\": \"no such software\"}");
    assertThatThrownBy(() -> wire.client.software().get("gone"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> wire.client.software().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void oneVlan() {
    wire.json("{\"id\": 3, \"vlanid\": 40, \"name\": \"servers\", \"tagged\": true}");
    Vlan vlan = wire.client.vlans().get(3);
    wire.expect("GET", "/api/v1/vlans/3");
    assertThat(vlan.vlanid()).isEqualTo(40);
    assertThat(vlan.unknownFields()).containsEntry("tagged", true);
  }

  @Test
  void ipAddressObservationsArePostedOnceAndAccepted() {
    wire.answer(202, "");
    wire.client
        .observations()
        .associatedIpAddresses(
            IpAddressObservations.builder()
                .source("vpn-gateway")
                .observation("10.8.0.12", "203.0.113.40", Instant.ofEpochMilli(1764583200000L))
                .observation("10.8.0.13", "203.0.113.41", Instant.ofEpochMilli(1764583201000L))
                .build());
    assertThat(Wire.body(wire.expect("POST", "/api/v1/observations/associatedipaddrs")))
        .isEqualTo(
            "{\"source\":\"vpn-gateway\",\"observations\":["
                + "{\"ipaddr\":\"10.8.0.12\",\"associated_ipaddr\":\"203.0.113.40\",\"timestamp\":1764583200000},"
                + "{\"ipaddr\":\"10.8.0.13\",\"associated_ipaddr\":\"203.0.113.41\",\"timestamp\":1764583201000}]}");

    wire.answer(503, "{\"error_message\": \"busy\"}");
    assertThatThrownBy(
            () ->
                wire.client
                    .observations()
                    .associatedIpAddresses(
                        IpAddressObservations.builder()
                            .observation("10.8.0.12", "203.0.113.40", Instant.EPOCH)
                            .build()))
        .isNotNull();
    assertThat(wire.requestCount()).as("a post of observations is not repeated").isEqualTo(2);

    assertThatThrownBy(() -> IpAddressObservations.builder().source("x").build())
        .hasMessage("IpAddressObservations: observations is required");
    assertThatThrownBy(
            () -> IpAddressObservations.builder().observation(" ", "203.0.113.40", Instant.EPOCH))
        .hasMessageContaining("ipaddr");
    IpAddressObservations one =
        IpAddressObservations.builder().observation("10.0.0.1", "10.0.0.2", Instant.EPOCH).build();
    assertThat(
            one.toBuilder()
                .observation("10.0.0.3", "10.0.0.4", Instant.EPOCH)
                .build()
                .toMap()
                .get("observations"))
        .asList()
        .hasSize(2);
  }

  @Test
  void analysisPriorityOnTheSensorItselfUsesApplianceIdZero() {
    wire.json(
        "{\"autofill_advanced\": true, \"autofill_standard\": false,"
            + " \"advanced_rules\": [{\"type\": \"device_group\", \"object_id\": 12, \"description\": \"servers\"}],"
            + " \"standard_rules\": null, \"max_devices\": 500}");
    AnalysisPriorityConfig config = wire.client.analysisPriority().config(0);
    wire.expect("GET", "/api/v1/analysispriority/config/0");
    assertThat(config.advancedRules().get(0).objectId()).isEqualTo(12L);
    assertThat(config.standardRules()).isEmpty();
    assertThat(config.unknownFields()).containsEntry("max_devices", 500);

    wire.noContent();
    wire.client
        .analysisPriority()
        .replaceConfig(
            0,
            AnalysisPriorityConfigUpdate.builder()
                .from(config)
                .standardRule("activity_group", 3, null)
                .build());
    assertThat(Wire.body(wire.expect("PUT", "/api/v1/analysispriority/config/0")))
        .isEqualTo(
            "{\"max_devices\":500,\"autofill_advanced\":true,\"autofill_standard\":false,"
                + "\"advanced_rules\":[{\"type\":\"device_group\",\"object_id\":12,\"description\":\"servers\"}],"
                + "\"standard_rules\":[{\"type\":\"activity_group\",\"object_id\":3}]}");

    wire.json("{\"manager\": 0}");
    assertThat(wire.client.analysisPriority().manager(0).manager()).isZero();
    wire.expect("GET", "/api/v1/analysispriority/0/manager");

    wire.noContent();
    wire.client.analysisPriority().updateManager(0, 4);
    assertThat(Wire.body(wire.expect("PATCH", "/api/v1/analysispriority/0/manager")))
        .isEqualTo("{\"manager\":4}");

    wire.answer(400, "{\"error_message\": \"appliance_id must be 0\"}");
    assertThatThrownBy(() -> wire.client.analysisPriority().manager(2))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("appliance_id must be 0");
    assertThatThrownBy(() -> wire.client.analysisPriority().config(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("applianceId");
    assertThatThrownBy(() -> AnalysisPriorityConfigUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
