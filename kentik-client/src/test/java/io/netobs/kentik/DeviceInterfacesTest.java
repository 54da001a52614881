package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.kentik.model.DeviceInterface;
import io.netobs.kentik.model.NexthopAsn;
import io.netobs.kentik.model.SecondaryIp;
import io.netobs.kentik.request.DeviceInterfaceCreate;
import io.netobs.kentik.request.DeviceInterfaceUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Interface API on the wire, and interfaces decoded from the shapes the live API sends. */
class DeviceInterfacesTest {
  /** A read: snmp_speed and vrf_id strings, the VRF an object, ids strings. */
  static final String READ =
      q(
          "{'id': '43', 'company_id': '74333', 'device_id': '1001', 'snmp_id': '2', 'snmp_speed': '10000',"
              + " 'interface_description': 'uplink', 'snmp_alias': 'to-core', 'interface_ip': '192.0.2.1',"
              + " 'interface_ip_netmask': '255.255.255.0', 'vrf_id': '3900',"
              + " 'vrf': {'id': 3900, 'company_id': '74333', 'device_id': '1001', 'name': 'blue',"
              + "   'description': 'tenant blue', 'route_target': '65000:1', 'route_distinguisher': '65000:100'},"
              + " 'secondary_ips': [{'address': '198.51.100.1', 'netmask': '255.255.255.0'}],"
              + " 'initial_snmp_id': '', 'initial_snmp_alias': null, 'initial_interface_description': null,"
              + " 'initial_snmp_speed': null, 'provider': 'transit',"
              + " 'top_nexthop_asns': [{'Asn': 64512, 'Packets': 1200}, {'ASN': 64513, 'packets': 7}],"
              + " 'cdate': '2021-03-04T05:06:07.891Z', 'edate': '2021-03-04T05:06:07Z', 'is_uplink': true}");

  /** A write's answer: numbers, and "vrf": {} although vrf_id is set. */
  static final String WRITTEN =
      q(
          "{'id': '43', 'company_id': '74333', 'device_id': '1001', 'snmp_id': '2', 'snmp_speed': 10000,"
              + " 'interface_description': 'uplink', 'vrf_id': 3900, 'vrf': {}, 'secondary_ips': null,"
              + " 'initial_snmp_id': '', 'cdate': '2021-03-04T05:06:07.891Z', 'edate': '2021-03-04T05:06:07Z'}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listReadsTheBareArrayWithStringsAndTheVrf() {
    kentik.answer(200, "[" + READ + "]");

    List<DeviceInterface> list = kentik.client.deviceInterfaces(1001).list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interfaces");
    DeviceInterface i = list.get(0);
    assertThat(i.id()).isEqualTo(43);
    assertThat(i.deviceId()).isEqualTo(1001);
    assertThat(i.companyId()).isEqualTo("74333");
    assertThat(i.snmpId()).isEqualTo("2");
    assertThat(i.snmpSpeed()).isEqualTo(10_000L);
    assertThat(i.vrfId()).isEqualTo(3900L);
    assertThat(i.vrf().name()).isEqualTo("blue");
    assertThat(i.vrf().deviceId()).isEqualTo(1001L);
    assertThat(i.vrf().routeDistinguisher()).isEqualTo("65000:100");
    assertThat(i.secondaryIps())
        .containsExactly(new SecondaryIp("198.51.100.1", "255.255.255.0", Map.of()));
    assertThat(i.initialSnmpId()).isEmpty();
    assertThat(i.initialSnmpSpeed()).isNull();
    assertThat(i.provider()).isEqualTo("transit");
    assertThat(i.topNexthopAsns())
        .extracting(NexthopAsn::asn, NexthopAsn::packets)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(64512L, 1200L),
            org.assertj.core.groups.Tuple.tuple(64513L, 7L));
    assertThat(i.cdate()).isEqualTo(Instant.parse("2021-03-04T05:06:07.891Z"));
    assertThat(i.unknownFields()).containsEntry("is_uplink", true);
  }

  @Test
  void getUnwrapsTheInterfaceAndANullVrfIsNoVrf() {
    kentik.answer(
        200,
        q("{'interface': ")
            + READ.replace("\"vrf_id\": \"3900\"", "\"vrf_id\": null")
                .replaceAll("\"vrf\": \\{[^}]*}", "\"vrf\": null")
            + "}");

    DeviceInterface i = kentik.client.deviceInterfaces(1001).get(43);

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interface/43");
    assertThat(i.id()).isEqualTo(43);
    assertThat(i.vrf()).isNull();
    assertThat(i.vrfId()).isNull();
    assertThat(i.snmpSpeed()).isEqualTo(10_000L);
  }

  @Test
  void emptyAndTextNumbersOfAReadDecode() {
    kentik.answer(
        200,
        q(
            "[{'id': '44', 'device_id': '1001', 'snmp_id': 7, 'snmp_speed': '', 'vrf_id': '',"
                + " 'vrf': null, 'initial_snmp_id': '7', 'initial_snmp_speed': '1000'}]"));

    DeviceInterface i = kentik.client.deviceInterfaces(1001).list().get(0);

    assertThat(i.snmpId()).as("a number where text is usual").isEqualTo("7");
    assertThat(i.snmpSpeed()).isNull();
    assertThat(i.vrfId()).isNull();
    assertThat(i.initialSnmpSpeed()).isEqualTo(1000L);
    assertThat(i.secondaryIps()).isEmpty();
    assertThat(i.topNexthopAsns()).isEmpty();
  }

  @Test
  void createSendsTheBodyUnwrappedAndReadsTheNumbersOfTheAnswer() {
    kentik.answer(200, WRITTEN);

    DeviceInterface created =
        kentik
            .client
            .deviceInterfaces(1001)
            .create(
                DeviceInterfaceCreate.builder()
                    .snmpId("2")
                    .snmpSpeed(10_000)
                    .interfaceDescription("uplink")
                    .interfaceIp("192.0.2.1")
                    .interfaceIpNetmask("255.255.255.0")
                    .vrf("blue", "65000:1", "65000:100", null)
                    .secondaryIp("198.51.100.1", "255.255.255.0")
                    .secondaryIp("198.51.100.2", "255.255.255.0")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interface");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'snmp_id':'2','snmp_speed':10000,'interface_description':'uplink',"
                    + "'interface_ip':'192.0.2.1','interface_ip_netmask':'255.255.255.0',"
                    + "'vrf':{'name':'blue','route_target':'65000:1','route_distinguisher':'65000:100'},"
                    + "'secondary_ips':[{'address':'198.51.100.1','netmask':'255.255.255.0'},"
                    + "{'address':'198.51.100.2','netmask':'255.255.255.0'}]}"));
    assertThat(created.snmpSpeed()).isEqualTo(10_000L);
    assertThat(created.vrfId()).isEqualTo(3900L);
    assertThat(created.vrf()).as("{} is no VRF").isNull();
    assertThat(created.secondaryIps()).isEmpty();
  }

  @Test
  void updateSendsOnlyTheChangedFieldsAndAVrfIdReplacesAVrf() {
    kentik.answer(200, WRITTEN);

    kentik
        .client
        .deviceInterfaces(1001)
        .update(
            43,
            DeviceInterfaceUpdate.builder()
                .vrf("blue", null, null, null)
                .vrfId(3900)
                .snmpAlias("to-core")
                .clearSecondaryIps()
                .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interface/43");
    assertThat(body(r)).isEqualTo(q("{'vrf_id':3900,'snmp_alias':'to-core','secondary_ips':[]}"));
  }

  @Test
  void deleteAccepts200WithOrWithoutABody() {
    kentik.answer(200);
    kentik.answer(200, q("{'success': true}"));

    kentik.client.deviceInterfaces(1001).delete(43);
    kentik.client.deviceInterfaces(1001).delete(44);

    RecordedRequest first = kentik.take();
    assertThat(first.getMethod()).isEqualTo("DELETE");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interface/43");
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/device/1001/interface/44");
  }

  @Test
  void refusalsBeforeSendingAndTheServicesOwn400() {
    assertThatThrownBy(() -> DeviceInterfaceCreate.builder().snmpSpeed(100).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snmp_id is required");
    assertThatThrownBy(() -> DeviceInterfaceCreate.builder().snmpSpeed(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snmp_speed");
    assertThatThrownBy(() -> DeviceInterfaceUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to update");
    assertThatThrownBy(() -> DeviceInterfaceCreate.builder().vrf(" ", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vrf.name");
    assertThatThrownBy(() -> kentik.client.deviceInterfaces(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deviceId");
    assertThat(kentik.server.getRequestCount()).isZero();

    kentik.answer(400, q("{'error': 'snmp_id is required'}"));
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .deviceInterfaces(1001)
                    .update(43, DeviceInterfaceUpdate.builder().interfaceIp("x").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("snmp_id is required");
  }
}
