package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.ApiException;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.kentik.model.AppliedLabels;
import io.netobs.kentik.model.DeviceBgpType;
import io.netobs.kentik.model.DeviceLabel;
import io.netobs.kentik.model.KentikDevice;
import io.netobs.kentik.model.KentikSite;
import io.netobs.kentik.request.DeviceLabelCreate;
import io.netobs.kentik.request.DeviceLabelUpdate;
import io.netobs.kentik.request.KentikDeviceCreate;
import io.netobs.kentik.request.KentikDeviceUpdate;
import io.netobs.kentik.request.KentikSiteCreate;
import io.netobs.kentik.request.KentikSiteUpdate;
import io.netobs.kentik.request.SnmpV3Config;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Devices, device labels and sites on the wire: the exact requests and the real answer shapes. */
class KentikDevicesTest {
  /** A device answer in the live shape: string ids and sample rate, embedded site, plan, labels. */
  static final String DEVICE =
      q(
          "{'id': '42', 'company_id': '74333', 'device_name': 'edge-1', 'device_type': 'router',"
              + " 'device_status': 'V', 'device_description': 'edge router',"
              + " 'site': {'id': 8483, 'site_name': null, 'lat': null, 'lon': null, 'company_id': null},"
              + " 'plan': {'active': null, 'cdate': null, 'company_id': null, 'deviceTypes': [], 'devices': [],"
              + " 'id': 11466, 'name': null},"
              + " 'labels': [{'id': 2590, 'name': 'edge', 'description': null, 'edate': '2020-10-05T15:28:00.276Z',"
              + " 'cdate': '2020-10-05T15:28:00.276Z', 'user_id': '133210', 'company_id': '74333',"
              + " 'color': '#5340A5', 'order': null, '_pivot_device_id': '77715'}],"
              + " 'all_interfaces': [], 'device_flow_type': 'auto', 'device_sample_rate': '1',"
              + " 'sending_ips': ['128.0.0.10'], 'device_snmp_ip': '127.0.0.1', 'device_snmp_community': '',"
              + " 'minimize_snmp': false, 'device_bgp_type': 'device', 'device_bgp_neighbor_ip': '127.0.0.2',"
              + " 'device_bgp_neighbor_ip6': null, 'device_bgp_neighbor_asn': '77', 'device_bgp_flowspec': true,"
              + " 'device_bgp_password': '******************ord', 'use_bgp_device_id': null,"
              + " 'custom_columns': '', 'created_date': '2021-01-08T08:17:07.338Z',"
              + " 'updated_date': '2021-01-08T08:17:07.338Z',"
              + " 'device_snmp_v3_conf': {'UserName': 'John', 'AuthenticationProtocol': 'MD5',"
              + " 'AuthenticationPassphrase': '******ass'}, 'bgpPeerIP4': '208.76.14.223',"
              + " 'snmp_last_updated': null, 'device_subtype': 'router'}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void deviceAnswersDecodeFromTheLiveShape() {
    kentik.answer(200, "{\"devices\": [" + DEVICE + "]}");

    List<KentikDevice> devices = kentik.client.devices().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/devices");
    KentikDevice d = devices.get(0);
    assertThat(d.id()).isEqualTo(42);
    assertThat(d.companyId()).isEqualTo("74333");
    assertThat(d.deviceSampleRate()).isEqualTo(1);
    assertThat(d.deviceBgpType()).isEqualTo(DeviceBgpType.DEVICE);
    assertThat(d.deviceBgpNeighborAsn()).isEqualTo("77");
    assertThat(d.sendingIps()).containsExactly("128.0.0.10");
    assertThat(d.minimizeSnmp()).isFalse();
    assertThat(d.plan().id()).isEqualTo(11466);
    assertThat(d.plan().unknownFields()).containsKey("deviceTypes");
    assertThat(d.site().id()).isEqualTo(8483);
    assertThat(d.site().companyId()).isNull();
    DeviceLabel label = d.labels().get(0);
    assertThat(label.id()).isEqualTo(2590);
    assertThat(label.userId()).isEqualTo("133210");
    assertThat(label.createdDate()).isEqualTo(Instant.parse("2020-10-05T15:28:00.276Z"));
    assertThat(label.updatedDate()).isEqualTo(Instant.parse("2020-10-05T15:28:00.276Z"));
    assertThat(label.devices()).isEmpty();
    assertThat(d.createdDate()).isEqualTo(Instant.parse("2021-01-08T08:17:07.338Z"));
    assertThat(d.unknownFields()).containsEntry("bgpPeerIP4", "208.76.14.223");
    assertThat(d.unknownFields()).containsKey("device_snmp_v3_conf");
  }

  @Test
  void numericIdsAndAnUnknownBgpTypeDecodeToo() {
    kentik.answer(
        200,
        q(
            "{'device': {'id': 43, 'company_id': 74333, 'device_name': 'h', 'device_sample_rate': 10,"
                + " 'device_bgp_type': 'route_reflector', 'use_bgp_device_id': '42'}}"));

    KentikDevice d = kentik.client.devices().get(43);

    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/device/43");
    assertThat(d.id()).isEqualTo(43);
    assertThat(d.companyId()).isEqualTo("74333");
    assertThat(d.deviceSampleRate()).isEqualTo(10);
    assertThat(d.useBgpDeviceId()).isEqualTo(42L);
    assertThat(d.deviceBgpType().value()).isEqualTo("route_reflector");
    assertThat(d.deviceBgpType().isKnown()).isFalse();
    assertThat(d.labels()).isEmpty();
  }

  @Test
  void createSendsTheWrappedDeviceWithTheSampleRateAsText() {
    kentik.answer(200, "{\"device\": " + DEVICE + "}");

    KentikDevice created =
        kentik
            .client
            .devices()
            .create(
                KentikDeviceCreate.builder()
                    .deviceName("edge-1")
                    .deviceType("router")
                    .deviceSubtype("router")
                    .deviceSampleRate(1)
                    .planId(11466)
                    .siteId(8483)
                    .sendingIps("128.0.0.10")
                    .minimizeSnmp(false)
                    .bgpType(DeviceBgpType.DEVICE)
                    .bgpNeighborIp("127.0.0.2")
                    .bgpNeighborAsn(77)
                    .bgpPassword("bgp-password")
                    .snmpV3(
                        SnmpV3Config.builder()
                            .userName("John")
                            .authentication("MD5", "Auth_Pass")
                            .build())
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'device':{'device_name':'edge-1','device_type':'router','device_subtype':'router',"
                    + "'device_sample_rate':'1','plan_id':11466,'site_id':8483,'sending_ips':['128.0.0.10'],"
                    + "'minimize_snmp':false,'device_bgp_type':'device','device_bgp_neighbor_ip':'127.0.0.2',"
                    + "'device_bgp_neighbor_asn':'77','device_bgp_password':'bgp-password',"
                    + "'device_snmp_v3_conf':{'UserName':'John','AuthenticationProtocol':'MD5',"
                    + "'AuthenticationPassphrase':'Auth_Pass'}}}"));
    assertThat(created.id()).isEqualTo(42);
  }

  @Test
  void updateSendsOnlyTheFieldsSet() {
    kentik.answer(200, "{\"device\": " + DEVICE + "}");

    kentik
        .client
        .devices()
        .update(42, KentikDeviceUpdate.builder().deviceSampleRate(10).bgpFlowspec(false).build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/42");
    assertThat(body(r))
        .isEqualTo(q("{'device':{'device_sample_rate':'10','device_bgp_flowspec':false}}"));
  }

  @Test
  void deleteSendsTwoDeletesAndArchiveOne() {
    kentik.answer(204).answer(204);

    kentik.client.devices().delete(42);

    for (int i = 0; i < 2; i++) {
      RecordedRequest r = kentik.take();
      assertThat(r.getMethod()).isEqualTo("DELETE");
      assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/42");
    }
    assertThat(kentik.server.getRequestCount()).isEqualTo(2);

    kentik.answer(204);
    kentik.client.devices().archive(43);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/device/43");
    assertThat(kentik.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void deleteOfAnArchivedDeviceTakesTheSecond404AsDone() {
    kentik.answer(204).answer(404, "{\"error\": \"Device 42 not found\"}");

    kentik.client.devices().delete(42);

    assertThat(kentik.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deleteOfAnUnknownDeviceFailsOnTheFirst404() {
    kentik.answer(404, "{\"error\": \"Device 42 not found\"}");

    assertThatThrownBy(() -> kentik.client.devices().delete(42))
        .isInstanceOf(NotFoundException.class);
    assertThat(kentik.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void setLabelsReplacesTheSetByIds() {
    kentik.answer(
        200,
        q(
            "{'id': '42', 'device_name': 'edge-1', 'labels': [{'id': 2590, 'color': '#5340A5', 'name': 'edge',"
                + " 'user_id': null, 'company_id': '74333', 'cdate': '2020-10-05T15:28:00Z', 'edate': '2020-10-05T15:28:00Z'}]}"));

    AppliedLabels applied = kentik.client.devices().setLabels(42, 2590, 2591);

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/devices/42/labels");
    assertThat(body(r)).isEqualTo(q("{'labels':[{'id':2590},{'id':2591}]}"));
    assertThat(applied.id()).isEqualTo(42);
    assertThat(applied.labels()).extracting(DeviceLabel::name).containsExactly("edge");
    assertThat(applied.labels().get(0).userId()).isNull();
  }

  @Test
  void setLabelsWithNoIdsSendsAnEmptySet() {
    kentik.answer(200, q("{'id': '42', 'device_name': 'edge-1', 'labels': []}"));

    kentik.client.devices().setLabels(42);

    assertThat(body(kentik.take())).isEqualTo(q("{'labels':[]}"));
  }

  @Test
  void labelsAreBareBothWays() {
    String label =
        q(
            "{'id': 12, 'name': 'edge', 'color': '#5340A5', 'user_id': '133210', 'company_id': '74333',"
                + " 'devices': [{'id': '42', 'device_name': 'edge-1', 'device_subtype': 'router', 'device_type': 'router'}],"
                + " 'created_date': '2020-10-05T15:28:00.276Z', 'updated_date': '2020-10-05T15:28:00.276Z', 'order': 0}");
    kentik.answer(200, "[" + label + "]").answer(200, label).answer(200, label).answer(200, label);

    List<DeviceLabel> all = kentik.client.deviceLabels().list();
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/deviceLabels");
    assertThat(all.get(0).devices().get(0).id()).isEqualTo(42);
    assertThat(all.get(0).unknownFields()).containsEntry("order", 0);

    kentik.client.deviceLabels().get(12);
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/deviceLabels/12");

    kentik
        .client
        .deviceLabels()
        .create(DeviceLabelCreate.builder().name("edge").color("#5340A5").build());
    RecordedRequest create = kentik.take();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(body(create)).isEqualTo(q("{'name':'edge','color':'#5340A5'}"));

    kentik.client.deviceLabels().update(12, DeviceLabelUpdate.builder().color("#00aa00").build());
    RecordedRequest update = kentik.take();
    assertThat(update.getMethod()).isEqualTo("PUT");
    assertThat(update.getUrl().encodedPath()).isEqualTo("/api/v5/deviceLabels/12");
    assertThat(body(update)).isEqualTo(q("{'color':'#00aa00'}"));
  }

  @Test
  void labelDeleteReadsTheSuccessFlag() {
    kentik.answer(200, "{\"success\": true}");
    kentik.client.deviceLabels().delete(12);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/deviceLabels/12");

    kentik.answer(200, "{\"success\": false}");
    assertThatThrownBy(() -> kentik.client.deviceLabels().delete(13))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("success: false");
  }

  @Test
  void sitesDecodeTheirIdsAsNumbersOrStrings() {
    kentik.answer(
        200,
        q(
            "{'sites': [{'id': 8483, 'site_name': 'paris', 'lat': 48.86, 'lon': 2.35, 'company_id': 74333},"
                + " {'id': 8484, 'site_name': 'nowhere', 'lat': null, 'lon': null, 'company_id': 74333}]}"));
    List<KentikSite> sites = kentik.client.sites().list();
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/sites");
    assertThat(sites.get(0).lat()).isEqualTo(48.86);
    assertThat(sites.get(0).companyId()).isEqualTo("74333");
    assertThat(sites.get(1).lat()).isNull();

    kentik.answer(
        200,
        q(
            "{'site': {'id': 8485, 'site_name': 'berlin', 'lat': 52.52, 'lon': 13.4, 'company_id': '74333'}}"));
    KentikSite created =
        kentik
            .client
            .sites()
            .create(KentikSiteCreate.builder().siteName("berlin").lat(52.52).lon(13.4).build());
    RecordedRequest create = kentik.take();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getUrl().encodedPath()).isEqualTo("/api/v5/site");
    assertThat(body(create)).isEqualTo(q("{'site':{'site_name':'berlin','lat':52.52,'lon':13.4}}"));
    assertThat(created.id()).isEqualTo(8485);

    kentik.answer(
        200,
        q(
            "{'site': {'id': '8485', 'site_name': 'berlin-2', 'lat': null, 'lon': 13.4, 'company_id': '74333'}}"));
    KentikSite updated =
        kentik
            .client
            .sites()
            .update(8485, KentikSiteUpdate.builder().siteName("berlin-2").clearLat().build());
    RecordedRequest update = kentik.take();
    assertThat(update.getMethod()).isEqualTo("PUT");
    assertThat(update.getUrl().encodedPath()).isEqualTo("/api/v5/site/8485");
    assertThat(body(update)).isEqualTo(q("{'site':{'site_name':'berlin-2','lat':null}}"));
    assertThat(updated.id()).isEqualTo(8485);
    assertThat(updated.companyId()).isEqualTo("74333");

    kentik.answer(204);
    kentik.client.sites().delete(8485);
    RecordedRequest delete = kentik.take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/api/v5/site/8485");
  }

  @Test
  void aRefusalReachesTheCallerTyped() {
    kentik.answer(400, "{\"error\": \"A device named edge-1 already exists\"}");

    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .devices()
                    .create(
                        KentikDeviceCreate.builder()
                            .deviceName("edge-1")
                            .deviceSubtype("kprobe")
                            .deviceSampleRate(1)
                            .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void createChecksWhatTheServiceRefuses() {
    assertThatThrownBy(() -> KentikDeviceCreate.builder().deviceName("a").build())
        .hasMessageContaining("device_subtype is required");
    KentikDeviceCreate.Builder router =
        KentikDeviceCreate.builder()
            .deviceName("r")
            .deviceType("router")
            .deviceSubtype("router")
            .deviceSampleRate(1);
    assertThatThrownBy(() -> router.build()).hasMessageContaining("sending_ips");
    assertThatThrownBy(() -> router.sendingIps("192.0.2.1").build())
        .hasMessageContaining("minimize_snmp is required");
    router.minimizeSnmp(true);
    assertThat(router.build().toMap()).containsEntry("minimize_snmp", true);
    assertThatThrownBy(() -> router.bgpType(DeviceBgpType.DEVICE).build())
        .hasMessageContaining("device_bgp_neighbor_asn is required");
    assertThatThrownBy(() -> router.bgpNeighborAsn(64512).build())
        .hasMessageContaining("device_bgp_neighbor_ip or device_bgp_neighbor_ip6");
    assertThat(router.bgpNeighborIp6("2001:db8::1").build().isSet("device_bgp_neighbor_ip6"))
        .isTrue();
    assertThatThrownBy(() -> router.bgpType(DeviceBgpType.OTHER_DEVICE).build())
        .hasMessageContaining("use_bgp_device_id is required");
    assertThat(router.useBgpDeviceId(7).build().toMap()).containsEntry("use_bgp_device_id", 7L);
    // A host needs neither sending addresses nor minimize_snmp.
    assertThat(
            KentikDeviceCreate.builder()
                .deviceName("h")
                .deviceType("host-nprobe-dns-www")
                .deviceSubtype("kprobe")
                .deviceSampleRate(1)
                .build()
                .isSet("sending_ips"))
        .isFalse();
    assertThatThrownBy(() -> KentikDeviceCreate.builder().deviceSampleRate(0))
        .hasMessageContaining("device_sample_rate must be at least 1");
    assertThatThrownBy(() -> KentikDeviceUpdate.builder().build())
        .hasMessageContaining("nothing to update");
    assertThatThrownBy(() -> DeviceLabelCreate.builder().color("5340A5"))
        .hasMessageContaining("#RRGGBB");
    assertThatThrownBy(() -> DeviceLabelCreate.builder().name("x").build())
        .hasMessageContaining("color is required");
    assertThatThrownBy(() -> KentikSiteCreate.builder().lat(1).build())
        .hasMessageContaining("site_name is required");
    assertThatThrownBy(() -> SnmpV3Config.builder().build())
        .hasMessageContaining("UserName is required");
  }

  @Test
  void secretsNeverShowInToString() {
    SnmpV3Config snmp =
        SnmpV3Config.builder()
            .userName("kentik")
            .authentication("SHA", "auth-phrase-1")
            .privacy("AES", "priv-phrase-2")
            .build();
    KentikDeviceUpdate update =
        KentikDeviceUpdate.builder()
            .snmpV3(snmp)
            .snmpCommunity("community-3")
            .bgpPassword("bgp-pass-4")
            .build();

    assertThat(snmp.toString()).contains("kentik").doesNotContain("auth-phrase-1", "priv-phrase-2");
    assertThat(update.toString())
        .doesNotContain("auth-phrase-1", "priv-phrase-2", "community-3", "bgp-pass-4");
  }
}
