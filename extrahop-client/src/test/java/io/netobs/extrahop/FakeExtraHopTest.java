package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.ActivityMap;
import io.netobs.extrahop.model.ActivityMapCreate;
import io.netobs.extrahop.model.ActivityMapQuery;
import io.netobs.extrahop.model.ActivityMapRelationship;
import io.netobs.extrahop.model.ActivityMapSource;
import io.netobs.extrahop.model.ActivityMapStep;
import io.netobs.extrahop.model.ActivityMapUpdate;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertCreate;
import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.AlertUpdate;
import io.netobs.extrahop.model.ApiKey;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.ApplianceConnection;
import io.netobs.extrahop.model.ApplicationCreate;
import io.netobs.extrahop.model.ApplicationUpdate;
import io.netobs.extrahop.model.CustomDeviceCreate;
import io.netobs.extrahop.model.CustomDeviceCriterion;
import io.netobs.extrahop.model.CustomDeviceCriterionCreate;
import io.netobs.extrahop.model.CustomDeviceUpdate;
import io.netobs.extrahop.model.DashboardUpdate;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceFilter;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.DeviceGroupCreate;
import io.netobs.extrahop.model.DeviceGroupUpdate;
import io.netobs.extrahop.model.DeviceQuery;
import io.netobs.extrahop.model.DeviceSearch;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.DeviceUpdate;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.EmailGroupCreate;
import io.netobs.extrahop.model.EmailGroupUpdate;
import io.netobs.extrahop.model.ExclusionInterval;
import io.netobs.extrahop.model.ExclusionIntervalCreate;
import io.netobs.extrahop.model.ExclusionIntervalType;
import io.netobs.extrahop.model.ExclusionIntervalUpdate;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.Geomap;
import io.netobs.extrahop.model.GeomapCreate;
import io.netobs.extrahop.model.GeomapUpdate;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.model.NetworkLocalityCreate;
import io.netobs.extrahop.model.NetworkLocalityUpdate;
import io.netobs.extrahop.model.NetworkUpdate;
import io.netobs.extrahop.model.NodeUpdate;
import io.netobs.extrahop.model.Page;
import io.netobs.extrahop.model.PageCreate;
import io.netobs.extrahop.model.PageUpdate;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.model.ReportCreate;
import io.netobs.extrahop.model.ReportUpdate;
import io.netobs.extrahop.model.SharingRole;
import io.netobs.extrahop.model.SharingUpdate;
import io.netobs.extrahop.model.SslDecryptKeyCreate;
import io.netobs.extrahop.model.SslDecryptKeyProtocol;
import io.netobs.extrahop.model.SslDecryptKeyUpdate;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.model.TagCreate;
import io.netobs.extrahop.model.TagUpdate;
import io.netobs.extrahop.model.Trigger;
import io.netobs.extrahop.model.TriggerCreate;
import io.netobs.extrahop.model.TriggerUpdate;
import io.netobs.extrahop.model.UserCreate;
import io.netobs.extrahop.model.UserGroupUpdate;
import io.netobs.extrahop.model.UserUpdate;
import io.netobs.extrahop.model.VlanUpdate;
import io.netobs.http.NotFoundException;
import io.netobs.testing.FakeExtraHop;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every resource of this module against {@link FakeExtraHop}, the project's stateful fake of the appliance:
 * each test drives one resource through its typed methods and checks the fake's state afterwards. What
 * the fake answered with success is recorded for {@link OperationCoverageTest}, which checks that these
 * tests cover every catalogue operation of these resources.
 */
class FakeExtraHopTest {
  static FakeExtraHop fake;
  static ExtraHopClient client;
  static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

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
      SuiteCoverage.record(FakeExtraHopTest.class, fake);
    } finally {
      client.close();
      fake.close();
    }
  }

  private static JsonNode stored(String resource, Object key) {
    return fake.api().find(resource, String.valueOf(key)).orElseThrow(() -> new AssertionError(resource + " " + key + " is not stored"));
  }

  /** Drives one assignment pair through list, bulk assign/unassign, and one-by-one assign/unassign. */
  private static <C> void exercise(Assignments<C> assignments, Function<C, Long> idOf, long first, long second) {
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
    long id = client.tags().create(TagCreate.named("db-servers"));
    assertThat(client.tags().get(id).name()).isEqualTo("db-servers");
    assertThat(client.tags().list()).extracting(Tag::name).contains("db-servers");
    client.tags().update(id, new TagUpdate().name("database servers"));
    assertThat(stored("tags", id).path("name").asText()).isEqualTo("database servers");
    exercise(client.tags().devices(id), Device::id, 10, 11);

    AssignmentResult partial = client.tags().devices(id).assign(12, 999_999);
    assertThat(partial.isSuccess()).isFalse();
    assertThat(partial.failures()).singleElement().satisfies(f -> {
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
    long inSubnet = fake.api().store("devices").stream().filter(d -> d.path("ipaddr4").asText().startsWith("10.20.0.")).count();
    List<Device> found = client.devices().list(DeviceQuery.search(DeviceSearchType.IP_ADDRESS, "10\\.20\\.0\\.[0-9]+").pageSize(7)).stream().toList();
    assertThat(found).hasSize((int) inSubnet).allSatisfy(d -> assertThat(d.ipaddr4()).startsWith("10.20.0."));
    assertThat(client.devices().list().stream().count()).isEqualTo(fake.api().store("devices").size());

    List<Device> searched = client.devices().search(DeviceSearch.of(DeviceFilter.and(
        DeviceFilter.rule("ipaddr", FilterOperator.EQUALS, "10.30.1.0/24"), DeviceFilter.exists("macaddr"))).pageSize(5)).stream().toList();
    assertThat(searched).isNotEmpty().allSatisfy(d -> assertThat(d.ipaddr4()).startsWith("10.30.1."));

    Device d = client.devices().get(2);
    assertThat(d.id()).isEqualTo(2);
    client.devices().update(2, new DeviceUpdate().customName("web-02").clearDescription());
    assertThat(stored("devices", 2).path("custom_name").asText()).isEqualTo("web-02");
    assertThat(stored("devices", 2).path("description").isNull()).isTrue();
    assertThat(client.devices().activity(2)).isNotEmpty().allSatisfy(a -> assertThat(a.deviceId()).isEqualTo(2));
    assertThat(client.devices().dashboards(2)).isNotEmpty();

    exercise(client.devices().alerts(20), Alert::id, 1, 2);
    exercise(client.devices().deviceGroups(20), DeviceGroup::id, 1, 2);
    exercise(client.devices().flexGrids(20), FlexGrid::id, 1, 2);
    exercise(client.devices().pages(20), Page::id, 1, 2);
    exercise(client.devices().tags(20), Tag::id, 1, 2);
    exercise(client.devices().triggers(20), Trigger::id, 1, 2);
  }

  @Test
  void deviceGroups() {
    long id = client.deviceGroups().create(DeviceGroupCreate.dynamic("FTP", "type", "/^extrahop.device.ftp_server$/").description("FTP Example"));
    assertThat(client.deviceGroups().get(id).dynamic()).isTrue();
    assertThat(client.deviceGroups().list()).extracting(DeviceGroup::id).contains(id);
    client.deviceGroups().update(id, new DeviceGroupUpdate().name("FTP Servers").clearDescription());
    assertThat(stored("devicegroups", id).path("name").asText()).isEqualTo("FTP Servers");
    assertThat(stored("devicegroups", id).path("description").isNull()).isTrue();
    assertThat(client.deviceGroups().dashboards(1)).isNotEmpty();
    assertThat(client.deviceGroups().activeDevices(1, ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS), null, 1).stream().count()).isEqualTo(2);
    exercise(client.deviceGroups().devices(id), Device::id, 30, 31);
    exercise(client.deviceGroups().alerts(id), Alert::id, 1, 2);
    exercise(client.deviceGroups().flexGrids(id), FlexGrid::id, 1, 2);
    exercise(client.deviceGroups().pages(id), Page::id, 1, 2);
    exercise(client.deviceGroups().tags(id), Tag::id, 1, 2);
    exercise(client.deviceGroups().triggers(id), Trigger::id, 1, 2);
    client.deviceGroups().delete(id);
    assertThat(fake.api().find("devicegroups", String.valueOf(id))).isEmpty();
  }

  @Test
  void alerts() {
    long id = client.alerts().create(AlertCreate.threshold("HTTP 5xx").severity(AlertSeverity.ERROR).statName("extrahop.device.http_server")
        .fieldName("rsp_error").operator(AlertOperator.GREATER).operand(100).intervalLength(30).refireInterval(300).cc("noc@example.com"));
    Alert alert = client.alerts().get(id);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.ERROR);
    assertThat(alert.operator()).isEqualTo(AlertOperator.GREATER);
    assertThat(alert.operand()).isEqualTo("100");
    assertThat(alert.cc()).containsExactly("noc@example.com");
    assertThat(client.alerts().list()).extracting(Alert::id).contains(id);
    client.alerts().update(id, new AlertUpdate().severity(1).clearCc());
    assertThat(stored("alerts", id).path("severity").asInt()).isEqualTo(1);
    assertThat(stored("alerts", id).path("cc").isNull()).isTrue();
    assertThat(client.alerts().stats(id)).singleElement().satisfies(s -> assertThat(s.fieldName()).isEqualTo("rsp_error"));
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
    long id = client.applications().create(ApplicationCreate.named("Shop").discoveryId("shop"));
    assertThat(client.applications().get(id).name()).isEqualTo("Shop");
    assertThat(client.applications().list().stream().map(Application::id).toList()).contains(id);
    client.applications().update(id, new ApplicationUpdate().description("web tier").name("Online shop"));
    assertThat(stored("applications", id).path("name").asText()).isEqualTo("Online shop");
    assertThat(client.applications().activity(id)).isNotEmpty();
    assertThat(client.applications().dashboards(2)).isNotEmpty();
    exercise(client.applications().alerts(id), Alert::id, 1, 2);
    exercise(client.applications().flexGrids(id), FlexGrid::id, 1, 2);
    exercise(client.applications().geomaps(id), Geomap::id, 1, 2);
    exercise(client.applications().pages(id), Page::id, 1, 2);
  }

  @Test
  void activityGroupsAndFlexGridsAndGeomapsAndPagesAndNetworks() {
    assertThat(client.activityGroups().list()).hasSize(4);
    assertThat(client.activityGroups().dashboards(1)).isNotEmpty();

    assertThat(client.flexGrids().list()).hasSize(2);
    exercise(client.flexGrids().applications(1), Application::id, 1, 2);
    exercise(client.flexGrids().deviceGroups(1), DeviceGroup::id, 2, 3);
    exercise(client.flexGrids().devices(1), Device::id, 40, 41);

    long geomap = client.geomaps().create(GeomapCreate.named("World"));
    assertThat(client.geomaps().get(geomap).name()).isEqualTo("World");
    assertThat(client.geomaps().list()).hasSize(3);
    client.geomaps().update(geomap, new GeomapUpdate().clearDescription());
    exercise(client.geomaps().applications(geomap), Application::id, 1, 2);
    client.geomaps().delete(geomap);

    long page = client.pages().create(PageCreate.named("Home").description("start"));
    assertThat(client.pages().get(page).description()).isEqualTo("start");
    assertThat(client.pages().list()).hasSize(3);
    client.pages().update(page, new PageUpdate().name("Start"));
    exercise(client.pages().applications(page), Application::id, 1, 2);
    exercise(client.pages().deviceGroups(page), DeviceGroup::id, 1, 2);
    exercise(client.pages().devices(page), Device::id, 1, 2);
    exercise(client.pages().networks(page), Network::id, 1, 2);
    client.pages().delete(page);

    assertThat(client.networks().list()).hasSize(2);
    assertThat(client.networks().get(1).name()).isEqualTo("Capture 1");
    client.networks().update(1, new NetworkUpdate().name("TAP 1").clearDescription());
    assertThat(stored("networks", 1).path("name").asText()).isEqualTo("TAP 1");
    assertThat(client.networks().vlans(1)).isNotEmpty();
    exercise(client.networks().alerts(1), Alert::id, 3, 4);
    exercise(client.networks().pages(1), Page::id, 1, 2);
  }

  @Test
  void activityMaps() {
    ActivityMapWalk walk = ActivityMapWalk.of(List.of(ActivityMapSource.device(1)), List.of(ActivityMapStep.of(ActivityMapRelationship.of("http", "server"))));
    long id = client.activityMaps().create(ActivityMapCreate.of("Web", List.of(walk)).mode("2dforce"));
    ActivityMap map = client.activityMaps().get(id);
    assertThat(map.walks()).containsExactly(walk);
    assertThat(client.activityMaps().list()).extracting(ActivityMap::id).contains(id);
    client.activityMaps().update(id, new ActivityMapUpdate().name("Web tier").clearDescription());
    assertThat(stored("activitymaps", id).path("name").asText()).isEqualTo("Web tier");

    String topology = client.activityMaps().query(ActivityMapQuery.of(List.of(walk)).from(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES)));
    assertThat(topology).contains("edges");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(client.activityMaps().query(1, ActivityMapQuery.forSavedMap(), out)).isPositive();

    assertThat(client.activityMaps().sharing(1).groups()).containsKey("local.5e2a1c90");
    client.activityMaps().updateSharing(1, new SharingUpdate().user("netops", SharingRole.EDITOR));
    assertThat(client.activityMaps().sharing(1).users()).containsEntry("netops", SharingRole.EDITOR);
    client.activityMaps().replaceSharing(1, new SharingUpdate().anyone(SharingRole.VIEWER));
    assertThat(client.activityMaps().sharing(1).anyone()).isEqualTo(SharingRole.VIEWER);
    assertThat(client.activityMaps().sharing(1).users()).doesNotContainKey("netops");
    client.activityMaps().delete(id);
  }

  @Test
  void dashboards() {
    assertThat(client.dashboards().list()).hasSize(3);
    assertThat(client.dashboards().get("~kmC9Y").id()).isEqualTo(1);
    assertThat(client.dashboards().get(1).shortCode()).isEqualTo("kmC9Y");
    client.dashboards().update(1, new DashboardUpdate().owner("netops"));
    assertThat(stored("dashboards", 1).path("owner").asText()).isEqualTo("netops");
    assertThat(client.dashboards().reports(1)).isNotEmpty();
    assertThat(client.dashboards().sharing("~kmC9Y").anyone()).isEqualTo(SharingRole.VIEWER);
    client.dashboards().updateSharing(1, new SharingUpdate().clearAnyone().removeGroup("remote.netops"));
    assertThat(client.dashboards().sharing(1).anyone()).isNull();
    assertThat(client.dashboards().sharing(1).groups()).doesNotContainKey("remote.netops");
    client.dashboards().replaceSharing(1, new SharingUpdate().user("jdoe", SharingRole.VIEWER));
    assertThat(client.dashboards().sharing(1).users()).containsOnlyKeys("jdoe");
    client.dashboards().delete(Dashboards.shortCode("kmC9Y"));
    assertThatThrownBy(() -> client.dashboards().get(1)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void emailGroupsAndExclusionIntervalsAndNetworkLocality() {
    long group = client.emailGroups().create(EmailGroupCreate.of("NOC", List.of("noc@example.com")));
    assertThat(client.emailGroups().get(group).emailAddresses()).containsExactly("noc@example.com");
    assertThat(client.emailGroups().list()).extracting(EmailGroup::groupName).contains("NOC");
    client.emailGroups().update(group, new EmailGroupUpdate().systemNotifications(true));
    assertThat(stored("emailgroups", group).path("system_notifications").asBoolean()).isTrue();
    client.emailGroups().delete(group);

    long interval = client.exclusionIntervals().create(ExclusionIntervalCreate.of("nights", ExclusionIntervalType.DAILY, 79_200, 86_399));
    assertThat(client.exclusionIntervals().get(interval).intervalType()).isEqualTo(ExclusionIntervalType.DAILY);
    assertThat(client.exclusionIntervals().list()).extracting(ExclusionInterval::id).contains(interval);
    client.exclusionIntervals().update(interval, new ExclusionIntervalUpdate().end(86_000));
    assertThat(stored("exclusionintervals", interval).path("end").asLong()).isEqualTo(86_000);
    client.exclusionIntervals().delete(interval);

    long entry = client.networkLocality().create(NetworkLocalityCreate.of("192.0.2.0/24", true).description("partners"));
    assertThat(client.networkLocality().get(entry).external()).isTrue();
    assertThat(client.networkLocality().list()).hasSize(3);
    client.networkLocality().update(entry, new NetworkLocalityUpdate().external(false).clearDescription());
    assertThat(stored("networklocality", entry).path("external").asBoolean()).isFalse();
    client.networkLocality().delete(entry);
  }

  @Test
  void customDevices() {
    long id = client.customDevices().create(CustomDeviceCreate.named("Branch LA"));
    assertThat(client.customDevices().get(id).name()).isEqualTo("Branch LA");
    assertThat(client.customDevices().list(true)).isNotEmpty();
    assertThat(client.customDevices().list()).hasSize(3);
    client.customDevices().update(id, new CustomDeviceUpdate().disabled(true));
    assertThat(stored("customdevices", id).path("disabled").asBoolean()).isTrue();
    long criterion = client.customDevices().addCriterion(id, CustomDeviceCriterionCreate.forAddress("172.16.30.0/24").dstPortMin(443).dstPortMax(443));
    assertThat(client.customDevices().criterion(id, criterion).dstPortMin()).isEqualTo(443);
    assertThat(client.customDevices().criteria(id)).extracting(CustomDeviceCriterion::id).containsExactly(criterion);
    client.customDevices().deleteCriterion(id, criterion);
    assertThat(client.customDevices().criteria(id)).isEmpty();
    client.customDevices().delete(id);
  }

  @Test
  void reportsAndTriggers() {
    long report = client.reports().create(ReportCreate.named("Daily").dashboardId(1).schedule(Map.of("frequency", "daily", "hour", 6)));
    assertThat(client.reports().get(report).dashboardId()).isEqualTo(1L);
    assertThat(client.reports().list()).hasSize(3);
    client.reports().update(report, new ReportUpdate().enabled(false).clearSubject());
    assertThat(stored("reports", report).path("enabled").asBoolean()).isFalse();
    assertThat(client.reports().contents(1)).singleElement().satisfies(c -> assertThat(c.dashboardId()).isEqualTo(1L));
    client.reports().replaceContents(report, List.of(ReportContent.dashboard(2)));
    assertThat(client.reports().contents(report)).extracting(ReportContent::dashboardId).containsExactly(2L);
    exercise(client.reports().emailGroups(report), EmailGroup::id, 1, 2);
    client.reports().queue(report);
    client.reports().delete(report);

    long trigger = client.triggers().create(TriggerCreate.of("count 404", "if (HTTP.statusCode == 404) { debug('404'); }", List.of("HTTP_RESPONSE")));
    assertThat(client.triggers().get(trigger).events()).containsExactly("HTTP_RESPONSE");
    assertThat(client.triggers().list()).hasSize(3);
    client.triggers().update(trigger, new TriggerUpdate().hints(Map.of("payloadBytes", 2048)).debug(true));
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
    assertThat(client.system().processes()).extracting(p -> p.process()).contains("exalerts", "exadmin");
    client.system().restartProcess("exalerts");
    assertThatThrownBy(() -> client.system().restartProcess("nosuchd")).isInstanceOf(NotFoundException.class);
    client.system().regenerateSslCertificate();
    client.system().replaceSslCertificate(PEM);
    assertThat(fake.api().document("/extrahop/sslcert").orElseThrow().path("pem").asText()).isEqualTo(PEM);

    assertThat(client.license().get().serial()).isEqualTo("FAKE-0001");
    assertThat(client.license().productKey()).isEqualTo("FAKE-PROD-UCT0-KEY1");
    client.license().applyProductKey("NEW0-PROD-UCT0-KEY2");
    assertThat(client.license().productKey()).isEqualTo("NEW0-PROD-UCT0-KEY2");
    client.license().apply("{\"dossier\": \"bmV3\", \"edition\": \"Reveal(x) Premium\"}");
    assertThat(client.license().get().edition()).isEqualTo("Reveal(x) Premium");

    Map<String, Object> config = client.runningConfig().get();
    assertThat(config).containsEntry("hostname", "eda-1");
    Map<String, Object> changed = new java.util.LinkedHashMap<>(config);
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
    long connected = client.appliances().connect(ApplianceConnection.of("eda-3.example.com", "discover", true).remoteSetupPassword("pw"));
    assertThat(stored("appliances", connected).path("host").asText()).isEqualTo("eda-3.example.com");

    assertThat(client.nodes().list()).hasSize(2);
    assertThat(client.nodes().get(1).nickname()).isEqualTo("Primary sensor");
    client.nodes().update(1, new NodeUpdate().nickname("East").enabled(false));
    assertThat(stored("nodes", 1).path("enabled").asBoolean()).isFalse();

    assertThat(client.vlans().list()).hasSize(3);
    client.vlans().update(1, new VlanUpdate().name("servers").clearDescription());
    assertThat(stored("vlans", 1).path("description").isNull()).isTrue();

    assertThat(client.auditLog().list(3).stream().toList()).hasSize(4).allSatisfy(e -> assertThat(e.time()).isNotNull());
  }

  @Test
  void sslDecryptKeys() {
    String id = client.sslDecryptKeys().create(SslDecryptKeyCreate.fromPem("store key", PEM).passphrase("pw"));
    assertThat(client.sslDecryptKeys().get(id).name()).isEqualTo("store key");
    assertThat(client.sslDecryptKeys().list()).hasSize(2);
    client.sslDecryptKeys().update(id, new SslDecryptKeyUpdate().enabled(false));
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
    String username = client.users().create(UserCreate.of("jdoe2", "Jane Doe", "s3cret!").grantedRole("write", "limited"));
    assertThat(username).isEqualTo("jdoe2");
    assertThat(client.users().get("jdoe2").grantedRoles()).containsEntry("write", "limited");
    client.users().update("jdoe2", new UserUpdate().enabled(false));
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
    client.userGroups().update("remote.netops", new UserGroupUpdate().enabled(false));
    assertThat(stored("usergroups", "remote.netops").path("enabled").asBoolean()).isFalse();
    assertThat(client.userGroups().members("remote.netops")).extracting(m -> m.username()).containsExactly("netops");
    client.userGroups().refreshAll();
    client.userGroups().refresh("remote.netops");
    client.userGroups().deleteAssociations("remote.netops");
    assertThat(client.dashboards().sharing(1).groups()).doesNotContainKey("remote.netops");
  }

  @Test
  void whitelist() {
    assertThat(client.whitelist().list()).extracting(Device::id).containsExactly(1L);
    client.whitelist().add(2);
    assertThat(client.whitelist().update(List.of(3L, 4L), List.of(1L)).requireSuccess().calls()).isEqualTo(1);
    client.whitelist().remove(2);
    assertThat(client.whitelist().list()).extracting(Device::id).containsExactly(3L, 4L);
  }
}
