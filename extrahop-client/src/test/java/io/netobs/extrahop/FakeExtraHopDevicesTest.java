package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.AnalysisPriorityConfig;
import io.netobs.extrahop.model.AnalysisPriorityRule;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceDnsName;
import io.netobs.extrahop.model.DeviceIpAddress;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.ObservedSoftware;
import io.netobs.extrahop.model.Vlan;
import io.netobs.extrahop.request.AnalysisPriorityConfigUpdate;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.extrahop.request.IpAddressObservations;
import io.netobs.extrahop.request.SoftwareQuery;
import io.netobs.extrahop.request.VlanUpdate;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Devices' observations, software, VLANs, IP address observations and analysis priority against the
 * stateful fake ExtraHop: what one call changes, the next one reads.
 */
class FakeExtraHopDevicesTest {
  static FakeExtraHop fake;
  static ExtraHopClient client;

  @BeforeAll
  static void start() {
    fake = FakeExtraHop.start();
    client = ExtraHopClient.builder().baseUrl(fake.apiUrl()).apiKey(fake.apiKey()).build();
  }

  @BeforeEach
  void reset() {
    fake.api().reset();
  }

  @AfterAll
  static void stop() {
    try {
      SuiteCoverage.record(FakeExtraHopDevicesTest.class, fake.journal());
    } finally {
      client.close();
      fake.close();
    }
  }

  private static Device firstWithRole(String role) {
    return client.devices().list().stream()
        .filter(d -> role.equals(d.role()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDeviceHasItsObservedDnsNamesAddressesAndSoftware() {
    Device server = firstWithRole("db_server");
    JsonNode stored = fake.api().find("devices", String.valueOf(server.id())).orElseThrow();

    List<DeviceDnsName> names = client.devices().dnsNames(server.id());
    assertThat(names).extracting(DeviceDnsName::name).contains(stored.path("dns_name").asText());
    assertThat(names.get(0).fromTime()).isNotNull();

    List<DeviceIpAddress> addresses = client.devices().ipAddresses(server.id());
    assertThat(addresses)
        .extracting(DeviceIpAddress::ipaddr)
        .contains(stored.path("ipaddr4").asText());

    List<ObservedSoftware> software = client.devices().software(server.id());
    assertThat(software).extracting(ObservedSoftware::name).contains("PostgreSQL");
    assertThat(client.software().get(software.get(0).id())).isEqualTo(software.get(0));

    assertThat(
            client
                .devices()
                .dnsNames(
                    server.id(),
                    ExtraHopTime.at(Instant.ofEpochMilli(1)),
                    ExtraHopTime.at(Instant.ofEpochMilli(2))))
        .as("a window before the device was discovered")
        .isEmpty();
    assertThat(
            client
                .devices()
                .software(server.id(), ExtraHopTime.ago(7, ExtraHopTime.Unit.DAYS), null))
        .isEqualTo(software);
    assertThatThrownBy(() -> client.devices().dnsNames(999_999))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDeviceSearchWithNotFindsTheComplement() {
    DeviceFilter cisco =
        DeviceFilter.builder()
            .field("vendor")
            .operator(FilterOperator.EQUALS)
            .operand("Cisco")
            .build();
    List<Device> all = client.devices().search(DeviceSearch.builder().build()).stream().toList();
    List<Device> ciscos =
        client.devices().search(DeviceSearch.builder().filter(cisco).build()).stream().toList();
    List<Device> others =
        client
            .devices()
            .search(
                DeviceSearch.builder().filter(DeviceFilter.builder().not(cisco).build()).build())
            .stream()
            .toList();
    assertThat(ciscos).isNotEmpty();
    assertThat(others)
        .hasSize(all.size() - ciscos.size())
        .noneMatch(d -> "Cisco".equals(d.vendor()));
  }

  @Test
  void softwareIsListedAndFilteredByTypeNameAndVersion() {
    List<ObservedSoftware> all = client.software().list();
    assertThat(all).hasSizeGreaterThan(3);
    List<ObservedSoftware> systems =
        client.software().list(SoftwareQuery.builder().softwareType("os").build());
    assertThat(systems).isNotEmpty().allMatch(s -> s.softwareType().equals("os"));
    assertThat(
            client.software().list(SoftwareQuery.builder().name("nginx").version("1.26.2").build()))
        .singleElement()
        .extracting(ObservedSoftware::softwareType)
        .isEqualTo("http_server");
    assertThatThrownBy(() -> client.software().get("no-such-software"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void oneVlanIsReadAndReflectsAnUpdate() {
    Vlan first = client.vlans().list().get(0);
    assertThat(client.vlans().get(first.id())).isEqualTo(first);
    client.vlans().update(first.id(), VlanUpdate.builder().name("servers").build());
    assertThat(client.vlans().get(first.id()).name()).isEqualTo("servers");
  }

  @Test
  void observedAssociationsShowAmongTheDeviceAddresses() {
    Device client0 = firstWithRole("client");
    String address =
        fake.api()
            .find("devices", String.valueOf(client0.id()))
            .orElseThrow()
            .path("ipaddr4")
            .asText();
    Instant at = Instant.ofEpochMilli(System.currentTimeMillis() - 60_000);
    client
        .observations()
        .associatedIpAddresses(
            IpAddressObservations.builder()
                .source("vpn-gateway")
                .observation(address, "203.0.113.40", at)
                .build());
    assertThat(client.devices().ipAddresses(client0.id()))
        .extracting(DeviceIpAddress::ipaddr)
        .contains(address, "203.0.113.40");
    assertThat(
            client
                .devices()
                .ipAddresses(
                    client0.id(),
                    ExtraHopTime.at(Instant.ofEpochMilli(1)),
                    ExtraHopTime.at(Instant.ofEpochMilli(2))))
        .extracting(DeviceIpAddress::ipaddr)
        .doesNotContain("203.0.113.40");
  }

  @Test
  void analysisPriorityRulesAreReplacedAndTheManagerChanged() {
    AnalysisPriorityConfig before = client.analysisPriority().config(0);
    assertThat(before.advancedRules()).isEmpty();
    client
        .analysisPriority()
        .replaceConfig(
            0,
            AnalysisPriorityConfigUpdate.builder()
                .from(before)
                .autofillStandard(false)
                .advancedRule("device_group", 12, "servers")
                .build());
    AnalysisPriorityConfig after = client.analysisPriority().config(0);
    assertThat(after.autofillStandard()).isFalse();
    assertThat(after.advancedRules())
        .extracting(AnalysisPriorityRule::type, AnalysisPriorityRule::objectId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("device_group", 12L));
    assertThatThrownBy(
            () ->
                client
                    .analysisPriority()
                    .replaceConfig(
                        0,
                        AnalysisPriorityConfigUpdate.builder()
                            .advancedRule("subnet", 1, null)
                            .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("type");

    assertThat(client.analysisPriority().manager(0).manager()).isZero();
    long console =
        Long.parseLong(
            fake.api()
                .add(
                    "appliances",
                    io.netobs.http.internal.Json.mapper()
                        .createObjectNode()
                        .put("host", "console.example.com")));
    client.analysisPriority().updateManager(0, console);
    assertThat(client.analysisPriority().manager(0).manager()).isEqualTo(console);
    assertThatThrownBy(() -> client.analysisPriority().manager(3))
        .isInstanceOf(BadRequestException.class);
  }
}
