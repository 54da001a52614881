package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.ActivityMap;
import io.netobs.extrahop.model.ActivityMapEdge;
import io.netobs.extrahop.model.ActivityMapRelationship;
import io.netobs.extrahop.model.ActivityMapSource;
import io.netobs.extrahop.model.ActivityMapStep;
import io.netobs.extrahop.model.ActivityMapTopology;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.AlertType;
import io.netobs.extrahop.model.ApiKey;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.CustomDeviceCriterion;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.ExclusionInterval;
import io.netobs.extrahop.model.ExclusionIntervalType;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.Geomap;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.model.SharingRole;
import io.netobs.extrahop.model.SslDecryptKeyProtocol;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.model.Trigger;
import io.netobs.extrahop.request.ActivityMapCreate;
import io.netobs.extrahop.request.ActivityMapQuery;
import io.netobs.extrahop.request.ActivityMapUpdate;
import io.netobs.extrahop.request.AlertCreate;
import io.netobs.extrahop.request.AlertUpdate;
import io.netobs.extrahop.request.ApplianceConnection;
import io.netobs.extrahop.request.ApplicationCreate;
import io.netobs.extrahop.request.ApplicationUpdate;
import io.netobs.extrahop.request.CustomDeviceCreate;
import io.netobs.extrahop.request.CustomDeviceCriterionCreate;
import io.netobs.extrahop.request.CustomDeviceUpdate;
import io.netobs.extrahop.request.CustomPageCreate;
import io.netobs.extrahop.request.CustomPageUpdate;
import io.netobs.extrahop.request.DashboardUpdate;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceGroupUpdate;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.extrahop.request.DeviceUpdate;
import io.netobs.extrahop.request.EmailGroupCreate;
import io.netobs.extrahop.request.EmailGroupUpdate;
import io.netobs.extrahop.request.ExclusionIntervalCreate;
import io.netobs.extrahop.request.ExclusionIntervalUpdate;
import io.netobs.extrahop.request.GeomapCreate;
import io.netobs.extrahop.request.GeomapUpdate;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.extrahop.request.NetworkUpdate;
import io.netobs.extrahop.request.NodeUpdate;
import io.netobs.extrahop.request.ReportCreate;
import io.netobs.extrahop.request.ReportUpdate;
import io.netobs.extrahop.request.SharingUpdate;
import io.netobs.extrahop.request.SslDecryptKeyCreate;
import io.netobs.extrahop.request.SslDecryptKeyUpdate;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.extrahop.request.TagUpdate;
import io.netobs.extrahop.request.TriggerCreate;
import io.netobs.extrahop.request.TriggerUpdate;
import io.netobs.extrahop.request.UserCreate;
import io.netobs.extrahop.request.UserGroupUpdate;
import io.netobs.extrahop.request.UserUpdate;
import io.netobs.extrahop.request.VlanUpdate;
import io.netobs.http.NotFoundException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every resource of this module against {@link FakeExtraHop}, the project's stateful fake of the
 * appliance: each test drives one resource through its typed methods and checks the fake's state
 * afterwards. What the fake answered with success is recorded for {@link OperationCoverageTest},
 * which checks that these tests cover every catalogue operation of these resources.
 */
class FakeExtraHopTest {
  static FakeExtraHop fake;
  static ExtraHopClient client;
  static final String PEM =
      "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

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
      SuiteCoverage.record(FakeExtraHopTest.class, fake.journal());
    } finally {
      client.close();
      fake.close();
    }
  }

  private static JsonNode stored(String resource, Object key) {
    return fake.api()
        .find(resource, String.valueOf(key))
        .orElseThrow(() -> new AssertionError(resource + " " + key + " is not stored"));
  }

  /**
   * Drives one assignment pair through list, bulk assign/unassign, and one-by-one assign/unassign.
   */
  private static <C> void exercise(
      Assignments<C> assignments, Function<C, Long> idOf, long first, long second) {
    assertThat(assignments.update(List.of(first), List.of()).requireSuccess().calls()).isEqualTo(1);
    assertThat(assignments.list()).extracting(idOf).contains(first);
    assignments.assignOne(second);
    assertThat(assignments.list()).extracting(idOf).contains(first, second);
    assignments.unassignOne(first);
    assertThat(assignments.list()).extracting(idOf).contains(second).doesNotContain(first);
    assertThat(assignments.unassign(second).isSuccess()).isTrue();
    assertThat(assignments.list()).extracting(idOf).doesNotContain(first, second);
  }

  @Test
  void tags() {
    long id = client.tags().create(TagCreate.builder().name("db-servers").build());
    assertThat(client.tags().get(id).name()).isEqualTo("db-servers");
    assertThat(client.tags().list()).extracting(Tag::name).contains("db-servers");
    client.tags().update(id, TagUpdate.builder().name("database servers").build());
    assertThat(stored("tags", id).path("name").asText()).isEqualTo("database servers");
    exercise(client.tags().devices(id), Device::id, 10, 11);

    AssignmentResult partial = client.tags().devices(id).assign(12, 999_999);
    assertThat(partial.isSuccess()).isFalse();
    assertThat(partial.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo(999_999);
              assertThat(f.operation()).isEqualTo(AssignmentResult.Operation.ASSIGN);
              assertThat(f.message()).contains("999999");
            });
    assertThat(fake.api().assignments("tags", id, "devices")).containsExactly(12L);
    assertThat(client.devices().tags(12).list()).extracting(Tag::id).contains(id);

    client.tags().delete(id);
    assertThatThrownBy(() -> client.tags().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void devices() {
    long inSubnet =
        fake.api().store("devices").stream()
            .filter(d -> d.path("ipaddr4").asText().startsWith("10.20.0."))
            .count();
    List<Device> found =
        client
            .devices()
            .list(
                DeviceQuery.builder()
                    .searchType(DeviceSearchType.IP_ADDRESS)
                    .value("10\\.20\\.0\\.[0-9]+")
                    .pageSize(7)
                    .build())
            .stream()
            .toList();
    assertThat(found)
        .hasSize((int) inSubnet)
        .allSatisfy(d -> assertThat(d.ipaddr4()).startsWith("10.20.0."));
    assertThat(client.devices().list().stream().count())
        .isEqualTo(fake.api().store("devices").size());

    List<Device> searched =
        client
            .devices()
            .search(
                DeviceSearch.builder()
                    .filter(
                        DeviceFilter.builder()
                            .and(
                                DeviceFilter.builder()
                                    .field("ipaddr")
                                    .operator(FilterOperator.EQUALS)
                                    .operand("10.30.1.0/24")
                                    .build(),
                                DeviceFilter.builder()
                                    .field("macaddr")
                                    .operator(FilterOperator.EXISTS)
                                    .build())
                            .build())
                    .pageSize(5)
                    .build())
            .stream()
            .toList();
    assertThat(searched)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.ipaddr4()).startsWith("10.30.1."));

    Device d = client.devices().get(2);
    assertThat(d.id()).isEqualTo(2);
    client
        .devices()
        .update(2, DeviceUpdate.builder().customName("web-02").clearDescription().build());
    assertThat(stored("devices", 2).path("custom_name").asText()).isEqualTo("web-02");
    assertThat(stored("devices", 2).path("description").isNull()).isTrue();
    assertThat(client.devices().activity(2))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.deviceId()).isEqualTo(2));
    assertThat(client.devices().dashboards(2)).isNotEmpty();

    exercise(client.devices().alerts(20), Alert::id, 1, 2);
    exercise(client.devices().deviceGroups(20), DeviceGroup::id, 1, 2);
    exercise(client.devices().flexGrids(20), FlexGrid::id, 1, 2);
    exercise(client.devices().pages(20), CustomPage::id, 1, 2);
    exercise(client.devices().tags(20), Tag::id, 1, 2);
    exercise(client.devices().triggers(20), Trigger::id, 1, 2);
  }

  @Test
  void deviceGroups() {
    long id =
        client
            .deviceGroups()
            .create(
                DeviceGroupCreate.builder()
                    .name("FTP")
                    .dynamic(true)
                    .field("type")
                    .value("/^extrahop.device.ftp_server$/")
                    .description("FTP Example")
                    .build());
    assertThat(client.deviceGroups().get(id).dynamic()).isTrue();
    assertThat(client.deviceGroups().list()).extracting(DeviceGroup::id).contains(id);
    client
        .deviceGroups()
        .update(id, DeviceGroupUpdate.builder().name("FTP Servers").clearDescription().build());
    assertThat(stored("devicegroups", id).path("name").asText()).isEqualTo("FTP Servers");
    assertThat(stored("devicegroups", id).path("description").isNull()).isTrue();
    assertThat(client.deviceGroups().dashboards(1)).isNotEmpty();
    assertThat(
            client
                .deviceGroups()
                .activeDevices(1, ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS), null, 1)
                .stream()
                .count())
        .isEqualTo(2);
    exercise(client.deviceGroups().devices(id), Device::id, 30, 31);
    exercise(client.deviceGroups().alerts(id), Alert::id, 1, 2);
    exercise(client.deviceGroups().flexGrids(id), FlexGrid::id, 1, 2);
    exercise(client.deviceGroups().pages(id), CustomPage::id, 1, 2);
    exercise(client.deviceGroups().tags(id), Tag::id, 1, 2);
    exercise(client.deviceGroups().triggers(id), Trigger::id, 1, 2);
    client.deviceGroups().delete(id);
    assertThat(fake.api().find("devicegroups", String.valueOf(id))).isEmpty();
  }

  @Test
  void alerts() {
    long id =
        client
            .alerts()
            .create(
                AlertCreate.builder()
                    .name("HTTP 5xx")
                    .type(AlertType.THRESHOLD)
                    .applyAll(false)
                    .severity(AlertSeverity.ERROR)
                    .statName("extrahop.device.http_server")
                    .fieldName("rsp_error")
                    .operator(AlertOperator.GREATER)
                    .operand(100)
                    .intervalLength(30)
                    .refireInterval(300)
                    .cc("noc@example.com")
                    .build());
    Alert alert = client.alerts().get(id);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.ERROR);
    assertThat(alert.operator()).isEqualTo(AlertOperator.GREATER);
    assertThat(alert.operand()).isEqualTo("100");
    assertThat(alert.cc()).containsExactly("noc@example.com");
    assertThat(client.alerts().list()).extracting(Alert::id).contains(id);
    client.alerts().update(id, AlertUpdate.builder().severity(1).clearCc().build());
    assertThat(stored("alerts", id).path("severity").asInt()).isEqualTo(1);
    assertThat(stored("alerts", id).path("cc").isNull()).isTrue();
    assertThat(client.alerts().stats(id))
        .singleElement()
        .satisfies(s -> assertThat(s.fieldName()).isEqualTo("rsp_error"));
    exercise(client.alerts().applications(id), Application::id, 1, 2);
    exercise(client.alerts().deviceGroups(id), DeviceGroup::id, 1, 2);
    exercise(client.alerts().devices(id), Device::id, 1, 2);
    exercise(client.alerts().emailGroups(id), EmailGroup::id, 1, 2);
    exercise(client.alerts().exclusionIntervals(id), ExclusionInterval::id, 1, 2);
    exercise(client.alerts().networks(id), Network::id, 1, 2);
    client.alerts().delete(id);
    assertThatThrownBy(() -> client.alerts().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void applications() {
    long id =
        client
            .applications()
            .create(ApplicationCreate.builder().name("Shop").discoveryId("shop").build());
    assertThat(client.applications().get(id).name()).isEqualTo("Shop");
    assertThat(client.applications().list().stream().map(Application::id).toList()).contains(id);
    client
        .applications()
        .update(
            id, ApplicationUpdate.builder().description("web tier").name("Online shop").build());
    assertThat(stored("applications", id).path("name").asText()).isEqualTo("Online shop");
    assertThat(client.applications().activity(id)).isNotEmpty();
    assertThat(client.applications().dashboards(2)).isNotEmpty();
    exercise(client.applications().alerts(id), Alert::id, 1, 2);
    exercise(client.applications().flexGrids(id), FlexGrid::id, 1, 2);
    exercise(client.applications().geomaps(id), Geomap::id, 1, 2);
    exercise(client.applications().pages(id), CustomPage::id, 1, 2);
  }

  @Test
  void activityGroupsAndFlexGridsAndGeomapsAndPagesAndNetworks() {
    assertThat(client.activityGroups().list()).hasSize(4);
    assertThat(client.activityGroups().dashboards(1)).isNotEmpty();

    assertThat(client.flexGrids().list()).hasSize(2);
    exercise(client.flexGrids().applications(1), Application::id, 1, 2);
    exercise(client.flexGrids().deviceGroups(1), DeviceGroup::id, 2, 3);
    exercise(client.flexGrids().devices(1), Device::id, 40, 41);

    long geomap = client.geomaps().create(GeomapCreate.builder().name("World").build());
    assertThat(client.geomaps().get(geomap).name()).isEqualTo("World");
    assertThat(client.geomaps().list()).hasSize(3);
    client.geomaps().update(geomap, GeomapUpdate.builder().clearDescription().build());
    exercise(client.geomaps().applications(geomap), Application::id, 1, 2);
    client.geomaps().delete(geomap);

    long page =
        client.pages().create(CustomPageCreate.builder().name("Home").description("start").build());
    assertThat(client.pages().get(page).description()).isEqualTo("start");
    assertThat(client.pages().list()).hasSize(3);
    client.pages().update(page, CustomPageUpdate.builder().name("Start").build());
    exercise(client.pages().applications(page), Application::id, 1, 2);
    exercise(client.pages().deviceGroups(page), DeviceGroup::id, 1, 2);
    exercise(client.pages().devices(page), Device::id, 1, 2);
    exercise(client.pages().networks(page), Network::id, 1, 2);
    client.pages().delete(page);

    assertThat(client.networks().list()).hasSize(2);
    assertThat(client.networks().get(1).name()).isEqualTo("Capture 1");
    client.networks().update(1, NetworkUpdate.builder().name("TAP 1").clearDescription().build());
    assertThat(stored("networks", 1).path("name").asText()).isEqualTo("TAP 1");
    assertThat(client.networks().vlans(1)).isNotEmpty();
    exercise(client.networks().alerts(1), Alert::id, 3, 4);
    exercise(client.networks().pages(1), CustomPage::id, 1, 2);
  }

  @Test
  void activityMaps() {
    ActivityMapWalk walk =
        ActivityMapWalk.builder()
            .origins(ActivityMapSource.builder().objectType("device").objectId(1).build())
            .steps(
                ActivityMapStep.builder()
                    .relationships(
                        ActivityMapRelationship.builder().protocol("http").role("server").build())
                    .build())
            .build();
    long id =
        client
            .activityMaps()
            .create(
                ActivityMapCreate.builder()
                    .name("Web")
                    .walks(List.of(walk))
                    .mode("2dforce")
                    .build());
    ActivityMap map = client.activityMaps().get(id);
    assertThat(map.walks()).containsExactly(walk);
    assertThat(client.activityMaps().list()).extracting(ActivityMap::id).contains(id);
    client
        .activityMaps()
        .update(id, ActivityMapUpdate.builder().name("Web tier").clearDescription().build());
    assertThat(stored("activitymaps", id).path("name").asText()).isEqualTo("Web tier");

    ActivityMapTopology topology =
        client
            .activityMaps()
            .query(
                ActivityMapQuery.builder()
                    .walks(List.of(walk))
                    .from(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
                    .edgeAnnotations("protocols")
                    .build());
    assertThat(topology.edges()).isNotEmpty();
    ActivityMapEdge edge = topology.edges().get(0);
    assertThat(fake.api().find("devices", String.valueOf(edge.from()))).isPresent();
    assertThat(fake.api().find("devices", String.valueOf(edge.to()))).isPresent();
    assertThat(edge.weight()).isPositive();
    assertThat(edge.annotations().protocols().get(0).protocol()).startsWith("IPv4");
    assertThat(topology.until()).isAfter(topology.from());
    assertThat(client.activityMaps().query(1, ActivityMapQuery.builder().build()).edges())
        .allMatch(e -> e.annotations() == null, "no annotations unless asked for");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(client.activityMaps().query(1, ActivityMapQuery.builder().build(), out))
        .isPositive();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"from\":");

    assertThat(client.activityMaps().sharing(1).groups()).containsKey("local.5e2a1c90");
    client
        .activityMaps()
        .updateSharing(1, SharingUpdate.builder().user("netops", SharingRole.EDITOR).build());
    assertThat(client.activityMaps().sharing(1).users())
        .containsEntry("netops", SharingRole.EDITOR);
    client
        .activityMaps()
        .replaceSharing(1, SharingUpdate.builder().anyone(SharingRole.VIEWER).build());
    assertThat(client.activityMaps().sharing(1).anyone()).isEqualTo(SharingRole.VIEWER);
    assertThat(client.activityMaps().sharing(1).users()).doesNotContainKey("netops");
    client.activityMaps().delete(id);
  }

  @Test
  void dashboards() {
    assertThat(client.dashboards().list()).hasSize(3);
    assertThat(client.dashboards().get("~kmC9Y").id()).isEqualTo(1);
    assertThat(client.dashboards().get(1).shortCode()).isEqualTo("kmC9Y");
    client.dashboards().update(1, DashboardUpdate.builder().owner("netops").build());
    assertThat(stored("dashboards", 1).path("owner").asText()).isEqualTo("netops");
    assertThat(client.dashboards().reports(1)).isNotEmpty();
    assertThat(client.dashboards().sharing("~kmC9Y").anyone()).isEqualTo(SharingRole.VIEWER);
    client
        .dashboards()
        .updateSharing(
            1, SharingUpdate.builder().clearAnyone().removeGroup("remote.netops").build());
    assertThat(client.dashboards().sharing(1).anyone()).isNull();
    assertThat(client.dashboards().sharing(1).groups()).doesNotContainKey("remote.netops");
    client
        .dashboards()
        .replaceSharing(1, SharingUpdate.builder().user("jdoe", SharingRole.VIEWER).build());
    assertThat(client.dashboards().sharing(1).users()).containsOnlyKeys("jdoe");
    client.dashboards().delete(Dashboards.shortCode("kmC9Y"));
    assertThatThrownBy(() -> client.dashboards().get(1)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void emailGroupsAndExclusionIntervalsAndNetworkLocality() {
    long group =
        client
            .emailGroups()
            .create(
                EmailGroupCreate.builder()
                    .groupName("NOC")
                    .emailAddresses(List.of("noc@example.com"))
                    .systemNotifications(false)
                    .build());
    assertThat(client.emailGroups().get(group).emailAddresses()).containsExactly("noc@example.com");
    assertThat(client.emailGroups().list()).extracting(EmailGroup::groupName).contains("NOC");
    client
        .emailGroups()
        .update(group, EmailGroupUpdate.builder().systemNotifications(true).build());
    assertThat(stored("emailgroups", group).path("system_notifications").asBoolean()).isTrue();
    client.emailGroups().delete(group);

    long interval =
        client
            .exclusionIntervals()
            .create(
                ExclusionIntervalCreate.builder()
                    .name("nights")
                    .intervalType(ExclusionIntervalType.DAILY)
                    .start(79_200)
                    .end(86_399)
                    .alertApplyAll(false)
                    .trendApplyAll(false)
                    .build());
    assertThat(client.exclusionIntervals().get(interval).intervalType())
        .isEqualTo(ExclusionIntervalType.DAILY);
    assertThat(client.exclusionIntervals().list())
        .extracting(ExclusionInterval::id)
        .contains(interval);
    client
        .exclusionIntervals()
        .update(interval, ExclusionIntervalUpdate.builder().end(86_000).build());
    assertThat(stored("exclusionintervals", interval).path("end").asLong()).isEqualTo(86_000);
    client.exclusionIntervals().delete(interval);

    long entry =
        client
            .networkLocality()
            .create(
                NetworkLocalityCreate.builder()
                    .network("192.0.2.0/24")
                    .external(true)
                    .description("partners")
                    .build());
    assertThat(client.networkLocality().get(entry).external()).isTrue();
    assertThat(client.networkLocality().list()).hasSize(3);
    client
        .networkLocality()
        .update(entry, NetworkLocalityUpdate.builder().external(false).clearDescription().build());
    assertThat(stored("networklocality", entry).path("external").asBoolean()).isFalse();
    client.networkLocality().delete(entry);
  }

  @Test
  void customDevices() {
    long id =
        client
            .customDevices()
            .create(CustomDeviceCreate.builder().name("Branch LA").disabled(false).build());
    assertThat(client.customDevices().get(id).name()).isEqualTo("Branch LA");
    assertThat(client.customDevices().list(true)).isNotEmpty();
    assertThat(client.customDevices().list()).hasSize(3);
    client.customDevices().update(id, CustomDeviceUpdate.builder().disabled(true).build());
    assertThat(stored("customdevices", id).path("disabled").asBoolean()).isTrue();
    long criterion =
        client
            .customDevices()
            .addCriterion(
                id,
                CustomDeviceCriterionCreate.builder()
                    .ipaddr("172.16.30.0/24")
                    .dstPortMin(443)
                    .dstPortMax(443)
                    .build());
    assertThat(client.customDevices().criterion(id, criterion).dstPortMin()).isEqualTo(443);
    assertThat(client.customDevices().criteria(id))
        .extracting(CustomDeviceCriterion::id)
        .containsExactly(criterion);
    client.customDevices().deleteCriterion(id, criterion);
    assertThat(client.customDevices().criteria(id)).isEmpty();
    client.customDevices().delete(id);
  }

  @Test
  void reportsAndTriggers() {
    long report =
        client
            .reports()
            .create(
                ReportCreate.builder()
                    .name("Daily")
                    .dashboardId(1)
                    .schedule(Map.of("frequency", "daily", "hour", 6))
                    .build());
    assertThat(client.reports().get(report).dashboardId()).isEqualTo(1L);
    assertThat(client.reports().list()).hasSize(3);
    client.reports().update(report, ReportUpdate.builder().enabled(false).clearSubject().build());
    assertThat(stored("reports", report).path("enabled").asBoolean()).isFalse();
    assertThat(client.reports().contents(1))
        .singleElement()
        .satisfies(c -> assertThat(c.dashboardId()).isEqualTo(1L));
    client.reports().replaceContents(report, List.of(ReportContent.dashboard(2)));
    assertThat(client.reports().contents(report))
        .extracting(ReportContent::dashboardId)
        .containsExactly(2L);
    exercise(client.reports().emailGroups(report), EmailGroup::id, 1, 2);
    client.reports().queue(report);
    client.reports().delete(report);

    long trigger =
        client
            .triggers()
            .create(
                TriggerCreate.builder()
                    .name("count 404")
                    .script("if (HTTP.statusCode == 404) { debug('404'); }")
                    .events(List.of("HTTP_RESPONSE"))
                    .applyAll(false)
                    .debug(false)
                    .disabled(false)
                    .build());
    assertThat(client.triggers().get(trigger).events()).containsExactly("HTTP_RESPONSE");
    assertThat(client.triggers().list()).hasSize(3);
    client
        .triggers()
        .update(
            trigger,
            TriggerUpdate.builder().hints(Map.of("payloadBytes", 2048)).debug(true).build());
    assertThat(client.triggers().get(trigger).hints()).containsEntry("payloadBytes", 2048);
    exercise(client.triggers().deviceGroups(trigger), DeviceGroup::id, 1, 2);
    exercise(client.triggers().devices(trigger), Device::id, 1, 2);
    client.triggers().delete(trigger);
  }

  @Test
  void theApplianceItself() {
    assertThat(client.system().info().version()).isEqualTo("9.6.0.1234");
    assertThat(client.system().idrac().ipaddr()).isEqualTo("10.0.0.210");
    assertThat(client.system().platform().platform()).isEqualTo("discover");
    assertThat(client.system().version().version()).isEqualTo("9.6.0.1234");
    assertThat(client.system().processes())
        .extracting(p -> p.process())
        .contains("exalerts", "exadmin");
    client.system().restartProcess("exalerts");
    assertThatThrownBy(() -> client.system().restartProcess("nosuchd"))
        .isInstanceOf(NotFoundException.class);
    client.system().regenerateSslCertificate();
    client.system().replaceSslCertificate(PEM);
    assertThat(fake.api().document("/extrahop/sslcert").orElseThrow().path("pem").asText())
        .isEqualTo(PEM);

    assertThat(client.licensing().get().serial()).isEqualTo("FAKE-0001");
    assertThat(client.licensing().productKey()).isEqualTo("FAKE-PROD-UCT0-KEY1");
    client.licensing().applyProductKey("NEW0-PROD-UCT0-KEY2");
    assertThat(client.licensing().productKey()).isEqualTo("NEW0-PROD-UCT0-KEY2");
    client.licensing().apply("{\"dossier\": \"bmV3\", \"edition\": \"Reveal(x) Premium\"}");
    assertThat(client.licensing().get().edition()).isEqualTo("Reveal(x) Premium");

    Map<String, Object> config = client.runningConfig().get();
    assertThat(config).containsEntry("hostname", "eda-1");
    Map<String, Object> changed = new LinkedHashMap<>(config);
    changed.put("hostname", "eda-2");
    client.runningConfig().replace(changed);
    assertThat(client.runningConfig().saved()).containsEntry("hostname", "eda-1");
    client.runningConfig().save();
    assertThat(client.runningConfig().saved()).containsEntry("hostname", "eda-2");
    assertThat(client.runningConfig().getText()).contains("eda-2");
  }

  @Test
  void appliancesAndNodesAndVlansAndTheAuditLog() {
    assertThat(client.appliances().list()).hasSize(2);
    assertThat(client.appliances().get(1).platform()).isEqualTo("discover");
    long connected =
        client
            .appliances()
            .connect(
                ApplianceConnection.builder()
                    .host("eda-3.example.com")
                    .remoteApplianceType("discover")
                    .dataAccess(true)
                    .remoteSetupPassword("pw")
                    .build());
    assertThat(stored("appliances", connected).path("host").asText())
        .isEqualTo("eda-3.example.com");

    assertThat(client.nodes().list()).hasSize(2);
    assertThat(client.nodes().get(1).nickname()).isEqualTo("Primary sensor");
    client.nodes().update(1, NodeUpdate.builder().nickname("East").enabled(false).build());
    assertThat(stored("nodes", 1).path("enabled").asBoolean()).isFalse();

    assertThat(client.vlans().list()).hasSize(3);
    client.vlans().update(1, VlanUpdate.builder().name("servers").clearDescription().build());
    assertThat(stored("vlans", 1).path("description").isNull()).isTrue();

    assertThat(client.auditLog().list(3).stream().toList())
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.time()).isNotNull());
  }

  @Test
  void sslDecryptKeys() {
    String id =
        client
            .sslDecryptKeys()
            .create(
                SslDecryptKeyCreate.builder()
                    .name("store key")
                    .pem(PEM)
                    .enabled(true)
                    .passphrase("pw")
                    .build());
    assertThat(client.sslDecryptKeys().get(id).name()).isEqualTo("store key");
    assertThat(client.sslDecryptKeys().list()).hasSize(2);
    client.sslDecryptKeys().update(id, SslDecryptKeyUpdate.builder().enabled(false).build());
    assertThat(stored("ssldecryptkeys", id).path("enabled").asBoolean()).isFalse();
    assertThat(stored("ssldecryptkeys", id).has("passphrase")).isFalse();
    String entry = client.sslDecryptKeys().addProtocol(id, "HTTP", 8443);
    List<SslDecryptKeyProtocol> protocols = client.sslDecryptKeys().protocols(id);
    assertThat(protocols).singleElement().satisfies(p -> assertThat(p.port()).isEqualTo(8443));
    client.sslDecryptKeys().deleteProtocol(id, entry);
    assertThat(client.sslDecryptKeys().protocols(id)).isEmpty();
    client.sslDecryptKeys().delete(id);
  }

  @Test
  void usersAndGroupsAndApiKeys() {
    assertThat(client.users().list()).hasSize(3);
    String username =
        client
            .users()
            .create(
                UserCreate.builder()
                    .username("jdoe2")
                    .name("Jane Doe")
                    .password("s3cret!")
                    .grantedRole("write", "limited")
                    .build());
    assertThat(username).isEqualTo("jdoe2");
    assertThat(client.users().get("jdoe2").grantedRoles()).containsEntry("write", "limited");
    client.users().update("jdoe2", UserUpdate.builder().enabled(false).build());
    assertThat(stored("users", "jdoe2").path("enabled").asBoolean()).isFalse();
    assertThat(stored("users", "jdoe2").has("password")).isFalse();
    client.users().delete("jdoe2", "admin");
    assertThat(fake.api().find("users", "jdoe2")).isEmpty();

    List<ApiKey> keys = client.users().apiKeys("admin");
    assertThat(keys).isNotEmpty();
    assertThat(client.users().apiKey("admin", keys.get(0).id()).username()).isEqualTo("admin");
    assertThat(client.apiKeys().list()).hasSize(2);
    ApiKey created = client.apiKeys().createSetupKey("setup-password");
    assertThat(created.id()).isPositive();
    assertThat(client.apiKeys().get(created.id()).username()).isEqualTo("setup");

    assertThat(client.userGroups().list()).hasSize(2);
    assertThat(client.userGroups().get("remote.netops").displayName()).isEqualTo("NetOps");
    client.userGroups().update("remote.netops", UserGroupUpdate.builder().enabled(false).build());
    assertThat(stored("usergroups", "remote.netops").path("enabled").asBoolean()).isFalse();
    assertThat(client.userGroups().members("remote.netops"))
        .extracting(m -> m.username())
        .containsExactly("netops");
    client.userGroups().refreshAll();
    client.userGroups().refresh("remote.netops");
    client.userGroups().deleteAssociations("remote.netops");
    assertThat(client.dashboards().sharing(1).groups()).doesNotContainKey("remote.netops");
  }

  @Test
  void whitelist() {
    assertThat(client.whitelist().list()).extracting(Device::id).containsExactly(1L);
    client.whitelist().add(2);
    assertThat(client.whitelist().update(List.of(3L, 4L), List.of(1L)).requireSuccess().calls())
        .isEqualTo(1);
    client.whitelist().remove(2);
    assertThat(client.whitelist().list()).extracting(Device::id).containsExactly(3L, 4L);
  }
}
