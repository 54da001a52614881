package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.model.ActivityMapRelationship;
import io.netobs.extrahop.model.ActivityMapSource;
import io.netobs.extrahop.model.ActivityMapStep;
import io.netobs.extrahop.model.ActivityMapTopology;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.AlertType;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.ExclusionInterval;
import io.netobs.extrahop.model.ExclusionIntervalType;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.Geomap;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.model.SharingRole;
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
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceGroupUpdate;
import io.netobs.extrahop.request.DeviceQuery;
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
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every catalogue operation of the resources this module covers, called through its typed method:
 * each test asserts the method, path, query and body sent, and decodes an answer of the documented
 * shape. {@link #everyCatalogueRowIsCovered()} checks the table against the catalogue itself.
 */
class CatalogueTest {
  /**
   * The query and file resources: their own tests and FakeExtraHopQueriesTest cover them, not this
   * class.
   */
  static final Set<String> NOT_HERE =
      Set.of("records", "metrics", "packetcaptures", "bundles", "customizations", "supportpacks");

  static final String API = "/api/v1";
  static final String PEM_CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  static final String PEM_KEY = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

  /**
   * One operation: the catalogue row, the request expected on the wire (target with query; JSON
   * body or null for none), the canned answer, and the call with its checks of the decoded answer.
   */
  record Op(
      String row,
      String target,
      String body,
      Consumer<Wire> answer,
      Consumer<ExtraHopClient> call) {
    String method() {
      return row.substring(0, row.indexOf(' '));
    }
  }

  static Op op(
      String row,
      String target,
      String body,
      Consumer<Wire> answer,
      Consumer<ExtraHopClient> call) {
    return new Op(row, API + target, body, answer, call);
  }

  static Consumer<Wire> json(String json) {
    return w -> w.json(json);
  }

  static Consumer<Wire> created(String location) {
    return w -> w.created(API + location);
  }

  static final Consumer<Wire> NO_CONTENT = Wire::noContent;

  static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    // ---- activity groups
    ops.add(
        op(
            "GET /activitygroups",
            "/activitygroups",
            null,
            json("[{\"id\": 3, \"name\": \"HTTP Servers\"}]"),
            c -> assertThat(c.activityGroups().list().get(0).name()).isEqualTo("HTTP Servers")));
    ops.add(
        op(
            "GET /activitygroups/{id}/dashboards",
            "/activitygroups/7/dashboards",
            null,
            json("[{\"id\": 4, \"short_code\": \"kmC9Y\"}]"),
            c ->
                assertThat(c.activityGroups().dashboards(7).get(0).shortCode())
                    .isEqualTo("kmC9Y")));

    // ---- activity maps
    ActivityMapWalk walk =
        ActivityMapWalk.builder()
            .origins(ActivityMapSource.builder().objectType("device").objectId(5).build())
            .steps(
                ActivityMapStep.builder()
                    .relationships(
                        ActivityMapRelationship.builder().protocol("http").role("server").build())
                    .build())
            .build();
    String walkJson =
        "{\"origins\": [{\"object_type\": \"device\", \"object_id\": 5}], \"steps\": [{\"relationships\": [{\"protocol\": \"http\", \"role\": \"server\"}], \"peer_in\": [], \"peer_not_in\": []}]}";
    ops.add(
        op(
            "GET /activitymaps",
            "/activitymaps",
            null,
            json("[{\"id\": 1, \"name\": \"web\", \"walks\": [" + walkJson + "]}]"),
            c -> assertThat(c.activityMaps().list().get(0).walks().get(0)).isEqualTo(walk)));
    ops.add(
        op(
            "POST /activitymaps",
            "/activitymaps",
            "{\"name\": \"web\", \"walks\": [" + walkJson + "]}",
            created("/activitymaps/12"),
            c ->
                assertThat(
                        c.activityMaps()
                            .create(
                                ActivityMapCreate.builder()
                                    .name("web")
                                    .walks(List.of(walk))
                                    .build()))
                    .isEqualTo(12)));
    ops.add(
        op(
            "POST /activitymaps/query",
            "/activitymaps/query",
            "{\"walks\": [" + walkJson + "], \"from\": \"-30m\", \"weighting\": \"bytes\"}",
            json(
                "{\"from\": 1675749690000, \"until\": 1675751490000, \"warnings\": [],"
                    + " \"edges\": [{\"from\": 206, \"to\": 3564, \"weight\": 36, \"annotations\":"
                    + " {\"protocols\": [{\"weight\": 36, \"protocol\": [\"IPv4\", \"ICMP\"]}]}}]}"),
            c -> {
              ActivityMapTopology topology =
                  c.activityMaps()
                      .query(
                          ActivityMapQuery.builder()
                              .walks(List.of(walk))
                              .from(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
                              .weighting("bytes")
                              .build());
              assertThat(topology.from()).isEqualTo(Instant.ofEpochMilli(1675749690000L));
              assertThat(topology.edges())
                  .singleElement()
                  .satisfies(
                      e -> {
                        assertThat(e.from()).isEqualTo(206L);
                        assertThat(e.to()).isEqualTo(3564L);
                        assertThat(e.weight()).isEqualTo(36L);
                        assertThat(e.annotations().protocols().get(0).protocol())
                            .containsExactly("IPv4", "ICMP");
                      });
            }));
    ops.add(
        op(
            "DELETE /activitymaps/{id}",
            "/activitymaps/7",
            null,
            NO_CONTENT,
            c -> c.activityMaps().delete(7)));
    ops.add(
        op(
            "GET /activitymaps/{id}",
            "/activitymaps/7",
            null,
            json("{\"id\": 7, \"name\": \"web\", \"mode\": \"2dforce\"}"),
            c -> assertThat(c.activityMaps().get(7).mode()).isEqualTo("2dforce")));
    ops.add(
        op(
            "PATCH /activitymaps/{id}",
            "/activitymaps/7",
            "{\"name\": \"web2\", \"description\": null}",
            NO_CONTENT,
            c ->
                c.activityMaps()
                    .update(
                        7, ActivityMapUpdate.builder().name("web2").clearDescription().build())));
    ops.add(
        op(
            "POST /activitymaps/{id}/query",
            "/activitymaps/7/query",
            "{\"from\": -1800000}",
            w -> w.text("text/plain", "a,b\n"),
            c -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              assertThat(
                      c.activityMaps()
                          .query(
                              7,
                              ActivityMapQuery.builder().from(ExtraHopTime.parse(-1800000)).build(),
                              out))
                  .isEqualTo(4);
              assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\n");
            }));
    ops.add(
        op(
            "GET /activitymaps/{id}/sharing",
            "/activitymaps/7/sharing",
            null,
            json("{\"anyone\": \"viewer\", \"users\": {\"ehd\": \"editor\"}, \"groups\": {}}"),
            c ->
                assertThat(c.activityMaps().sharing(7).users())
                    .containsEntry("ehd", SharingRole.EDITOR)));
    ops.add(
        op(
            "PATCH /activitymaps/{id}/sharing",
            "/activitymaps/7/sharing",
            "{\"anyone\": null, \"users\": {\"ehd\": \"viewer\", \"bob\": null}}",
            NO_CONTENT,
            c ->
                c.activityMaps()
                    .updateSharing(
                        7,
                        SharingUpdate.builder()
                            .clearAnyone()
                            .user("ehd", SharingRole.VIEWER)
                            .removeUser("bob")
                            .build())));
    ops.add(
        op(
            "PUT /activitymaps/{id}/sharing",
            "/activitymaps/7/sharing",
            "{\"anyone\": \"viewer\", \"groups\": {\"remote.ops\": \"editor\"}}",
            NO_CONTENT,
            c ->
                c.activityMaps()
                    .replaceSharing(
                        7,
                        SharingUpdate.builder()
                            .anyone(SharingRole.VIEWER)
                            .group("remote.ops", SharingRole.EDITOR)
                            .build())));

    // ---- alerts
    ops.add(
        op(
            "GET /alerts",
            "/alerts",
            null,
            json(
                "[{\"id\": 1, \"name\": \"5xx\", \"severity\": 3, \"operator\": \">\", \"operand\": \"10\"}]"),
            c -> {
              Alert a = c.alerts().list().get(0);
              assertThat(a.severity()).isEqualTo(AlertSeverity.ERROR);
              assertThat(a.operator()).isEqualTo(AlertOperator.GREATER);
              assertThat(a.operand()).isEqualTo("10");
            }));
    ops.add(
        op(
            "POST /alerts",
            "/alerts",
            "{\"name\": \"5xx\", \"type\": \"threshold\", \"apply_all\": false, \"severity\": 2, \"stat_name\": \"extrahop.device.http_server\","
                + " \"field_name\": \"rsp_error\", \"operator\": \">\", \"operand\": \"10\", \"interval_length\": 30, \"refire_interval\": 300}",
            created("/alerts/31"),
            c ->
                assertThat(
                        c.alerts()
                            .create(
                                AlertCreate.builder()
                                    .name("5xx")
                                    .type(AlertType.THRESHOLD)
                                    .applyAll(false)
                                    .severity(2)
                                    .statName("extrahop.device.http_server")
                                    .fieldName("rsp_error")
                                    .operator(AlertOperator.GREATER)
                                    .operand(10)
                                    .intervalLength(30)
                                    .refireInterval(300)
                                    .build()))
                    .isEqualTo(31)));
    ops.add(op("DELETE /alerts/{id}", "/alerts/7", null, NO_CONTENT, c -> c.alerts().delete(7)));
    ops.add(
        op(
            "GET /alerts/{id}",
            "/alerts/7",
            null,
            json(
                "{\"id\": 7, \"name\": \"5xx\", \"type\": \"threshold\", \"refire_interval\": 300}"),
            c -> assertThat(c.alerts().get(7).refireInterval()).isEqualTo(300)));
    ops.add(
        op(
            "PATCH /alerts/{id}",
            "/alerts/7",
            "{\"disabled\": true, \"description\": null}",
            NO_CONTENT,
            c ->
                c.alerts()
                    .update(7, AlertUpdate.builder().disabled(true).clearDescription().build())));
    ops.add(
        op(
            "GET /alerts/{id}/stats",
            "/alerts/7/stats",
            null,
            json("[{\"stat_name\": \"extrahop.device.http_server\", \"field_name\": \"rsp\"}]"),
            c -> assertThat(c.alerts().stats(7).get(0).fieldName()).isEqualTo("rsp")));

    // ---- API keys
    ops.add(
        op(
            "GET /apikeys",
            "/apikeys",
            null,
            json("[{\"id\": 2, \"username\": \"setup\", \"key\": \"****abcd\"}]"),
            c -> assertThat(c.apiKeys().list().get(0).username()).isEqualTo("setup")));
    ops.add(
        op(
            "POST /apikeys",
            "/apikeys",
            "{\"password\": \"setup-pass\"}",
            w -> w.answer(201, "{\"id\": 3, \"key\": \"new-key-123\"}"),
            c ->
                assertThat(c.apiKeys().createSetupKey("setup-pass").key())
                    .isEqualTo("new-key-123")));
    ops.add(
        op(
            "GET /apikeys/{keyid}",
            "/apikeys/5",
            null,
            json("{\"id\": 5, \"description\": \"ci\"}"),
            c -> assertThat(c.apiKeys().get(5).description()).isEqualTo("ci")));

    // ---- appliances
    ops.add(
        op(
            "GET /appliances",
            "/appliances",
            null,
            json("[{\"id\": 1, \"hostname\": \"eda1\", \"platform\": \"discover\"}]"),
            c -> assertThat(c.appliances().list().get(0).hostname()).isEqualTo("eda1")));
    ops.add(
        op(
            "POST /appliances",
            "/appliances",
            "{\"host\": \"eda2.example.com\", \"remote_appliance_type\": \"discover\", \"data_access\": true, \"remote_setup_password\": \"pw\"}",
            created("/appliances/4"),
            c ->
                assertThat(
                        c.appliances()
                            .connect(
                                ApplianceConnection.builder()
                                    .host("eda2.example.com")
                                    .remoteApplianceType("discover")
                                    .dataAccess(true)
                                    .remoteSetupPassword("pw")
                                    .build()))
                    .isEqualTo(4)));
    ops.add(
        op(
            "GET /appliances/{id}",
            "/appliances/7",
            null,
            json("{\"id\": 7, \"firmware_version\": \"9.4\"}"),
            c -> assertThat(c.appliances().get(7).firmwareVersion()).isEqualTo("9.4")));

    // ---- applications
    ops.add(
        op(
            "GET /applications",
            "/applications?active_from=-1d&limit=50&offset=0",
            null,
            json("[{\"id\": 0, \"display_name\": \"All Activity\"}]"),
            c ->
                assertThat(
                        c
                            .applications()
                            .list(ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS), null, 50)
                            .stream()
                            .toList())
                    .extracting(Application::displayName)
                    .containsExactly("All Activity")));
    ops.add(
        op(
            "POST /applications",
            "/applications",
            "{\"name\": \"Shop\", \"discovery_id\": \"shop\"}",
            created("/applications/22"),
            c ->
                assertThat(
                        c.applications()
                            .create(
                                ApplicationCreate.builder()
                                    .name("Shop")
                                    .discoveryId("shop")
                                    .build()))
                    .isEqualTo(22)));
    ops.add(
        op(
            "GET /applications/{id}",
            "/applications/7",
            null,
            json("{\"id\": 7, \"discovery_id\": \"shop\"}"),
            c -> assertThat(c.applications().get(7).discoveryId()).isEqualTo("shop")));
    ops.add(
        op(
            "PATCH /applications/{id}",
            "/applications/7",
            "{\"description\": null}",
            NO_CONTENT,
            c ->
                c.applications()
                    .update(7, ApplicationUpdate.builder().clearDescription().build())));
    ops.add(
        op(
            "GET /applications/{id}/activity",
            "/applications/7/activity",
            null,
            json(
                "[{\"id\": 1, \"application_id\": 7, \"stat_name\": \"extrahop.application.http\", \"from_time\": 1000, \"until_time\": 2000}]"),
            c ->
                assertThat(c.applications().activity(7).get(0).untilTime().toEpochMilli())
                    .isEqualTo(2000)));
    ops.add(
        op(
            "GET /applications/{id}/dashboards",
            "/applications/7/dashboards",
            null,
            json("[{\"id\": 4, \"name\": \"App\"}]"),
            c -> assertThat(c.applications().dashboards(7).get(0).name()).isEqualTo("App")));

    // ---- audit log
    ops.add(
        op(
            "GET /auditlog",
            "/auditlog?limit=2&offset=0",
            null,
            json("[{\"id\": 1, \"time\": 1000, \"body\": {\"user\": \"admin\"}}]"),
            c ->
                assertThat(c.auditLog().list(2).stream().toList().get(0).user())
                    .isEqualTo("admin")));

    // ---- custom devices
    ops.add(
        op(
            "GET /customdevices",
            "/customdevices?include_criteria=true",
            null,
            json(
                "[{\"id\": 1, \"name\": \"lb\", \"criteria\": [{\"id\": 2, \"ipaddr\": \"10.0.0.0/24\", \"dst_port_min\": 443}]}]"),
            c ->
                assertThat(c.customDevices().list(true).get(0).criteria().get(0).dstPortMin())
                    .isEqualTo(443)));
    ops.add(
        op(
            "POST /customdevices",
            "/customdevices",
            "{\"name\": \"lb\", \"disabled\": false, \"description\": \"load balancer\"}",
            created("/customdevices/8"),
            c ->
                assertThat(
                        c.customDevices()
                            .create(
                                CustomDeviceCreate.builder()
                                    .name("lb")
                                    .disabled(false)
                                    .description("load balancer")
                                    .build()))
                    .isEqualTo(8)));
    ops.add(
        op(
            "DELETE /customdevices/{id}",
            "/customdevices/7",
            null,
            NO_CONTENT,
            c -> c.customDevices().delete(7)));
    ops.add(
        op(
            "GET /customdevices/{id}",
            "/customdevices/7",
            null,
            json("{\"id\": 7, \"extrahop_id\": \"~lb\"}"),
            c -> assertThat(c.customDevices().get(7).extrahopId()).isEqualTo("~lb")));
    ops.add(
        op(
            "PATCH /customdevices/{id}",
            "/customdevices/7",
            "{\"disabled\": true}",
            NO_CONTENT,
            c -> c.customDevices().update(7, CustomDeviceUpdate.builder().disabled(true).build())));
    ops.add(
        op(
            "GET /customdevices/{id}/criteria",
            "/customdevices/7/criteria",
            null,
            json("[{\"id\": 9, \"vlan_min\": 10, \"vlan_max\": 20}]"),
            c -> assertThat(c.customDevices().criteria(7).get(0).vlanMax()).isEqualTo(20)));
    ops.add(
        op(
            "POST /customdevices/{id}/criteria",
            "/customdevices/7/criteria",
            "{\"ipaddr\": \"10.1.0.0/16\", \"dst_port_min\": 80, \"dst_port_max\": 81}",
            created("/customdevices/7/criteria/9"),
            c ->
                assertThat(
                        c.customDevices()
                            .addCriterion(
                                7,
                                CustomDeviceCriterionCreate.builder()
                                    .ipaddr("10.1.0.0/16")
                                    .dstPortMin(80)
                                    .dstPortMax(81)
                                    .build()))
                    .isEqualTo(9)));
    ops.add(
        op(
            "DELETE /customdevices/{id}/criteria/{childId}",
            "/customdevices/7/criteria/9",
            null,
            NO_CONTENT,
            c -> c.customDevices().deleteCriterion(7, 9)));
    ops.add(
        op(
            "GET /customdevices/{id}/criteria/{childId}",
            "/customdevices/7/criteria/9",
            null,
            json("{\"id\": 9, \"ipaddr_peer\": \"10.9.9.9\"}"),
            c -> assertThat(c.customDevices().criterion(7, 9).ipaddrPeer()).isEqualTo("10.9.9.9")));

    // ---- dashboards (by id or ~short_code)
    ops.add(
        op(
            "GET /dashboards",
            "/dashboards",
            null,
            json("[{\"id\": 4, \"owner\": \"ehd\"}]"),
            c -> assertThat(c.dashboards().list().get(0).owner()).isEqualTo("ehd")));
    ops.add(
        op(
            "DELETE /dashboards/{id}",
            "/dashboards/~kmC9Y",
            null,
            NO_CONTENT,
            c -> c.dashboards().delete(Dashboards.shortCode("kmC9Y"))));
    ops.add(
        op(
            "GET /dashboards/{id}",
            "/dashboards/~kmC9Y",
            null,
            json("{\"id\": 4, \"short_code\": \"kmC9Y\", \"rights\": [\"edit\"]}"),
            c -> assertThat(c.dashboards().get("~kmC9Y").rights()).containsExactly("edit")));
    ops.add(
        op(
            "PATCH /dashboards/{id}",
            "/dashboards/4",
            "{\"owner\": \"alice\"}",
            NO_CONTENT,
            c -> c.dashboards().update(4, DashboardUpdate.builder().owner("alice").build())));
    ops.add(
        op(
            "GET /dashboards/{id}/reports",
            "/dashboards/4/reports",
            null,
            json("[{\"id\": 2, \"name\": \"weekly\", \"cron\": \"0 8 * * 1\"}]"),
            c -> assertThat(c.dashboards().reports(4).get(0).cron()).isEqualTo("0 8 * * 1")));
    ops.add(
        op(
            "GET /dashboards/{id}/sharing",
            "/dashboards/4/sharing",
            null,
            json("{\"anyone\": null, \"users\": {}, \"groups\": {\"remote.ops\": \"viewer\"}}"),
            c ->
                assertThat(c.dashboards().sharing(4).groups())
                    .containsEntry("remote.ops", SharingRole.VIEWER)));
    ops.add(
        op(
            "PATCH /dashboards/{id}/sharing",
            "/dashboards/~kmC9Y/sharing",
            "{\"groups\": {\"remote.ops\": null}}",
            NO_CONTENT,
            c ->
                c.dashboards()
                    .updateSharing(
                        "~kmC9Y", SharingUpdate.builder().removeGroup("remote.ops").build())));
    ops.add(
        op(
            "PUT /dashboards/{id}/sharing",
            "/dashboards/4/sharing",
            "{\"anyone\": \"editor\"}",
            NO_CONTENT,
            c ->
                c.dashboards()
                    .replaceSharing(
                        4, SharingUpdate.builder().anyone(SharingRole.EDITOR).build())));

    // ---- devices
    ops.add(
        op(
            "GET /devices",
            "/devices?search_type=vendor&value=Cisco&limit=100&offset=0",
            null,
            json("[{\"id\": 10212, \"vendor\": \"Cisco\"}]"),
            c ->
                assertThat(
                        c
                            .devices()
                            .list(
                                DeviceQuery.builder()
                                    .searchType(DeviceSearchType.VENDOR)
                                    .value("Cisco")
                                    .build())
                            .stream()
                            .toList())
                    .extracting(Device::id)
                    .containsExactly(10212L)));
    ops.add(
        op(
            "GET /devices/{id}",
            "/devices/7",
            null,
            json("{\"id\": 7, \"macaddr\": \"00:05:G3:FF:FC:28\"}"),
            c -> assertThat(c.devices().get(7).macaddr()).isEqualTo("00:05:G3:FF:FC:28")));
    ops.add(
        op(
            "PATCH /devices/{id}",
            "/devices/7",
            "{\"custom_name\": \"db1\", \"description\": null}",
            NO_CONTENT,
            c ->
                c.devices()
                    .update(
                        7, DeviceUpdate.builder().customName("db1").clearDescription().build())));
    ops.add(
        op(
            "GET /devices/{id}/activity",
            "/devices/7/activity",
            null,
            json("[{\"id\": 3, \"device_id\": 7, \"stat_name\": \"extrahop.device.http_server\"}]"),
            c ->
                assertThat(c.devices().activity(7).get(0).statName())
                    .isEqualTo("extrahop.device.http_server")));
    ops.add(
        op(
            "GET /devices/{id}/dashboards",
            "/devices/7/dashboards",
            null,
            json("[{\"id\": 4}]"),
            c -> assertThat(c.devices().dashboards(7)).hasSize(1)));

    // ---- device groups
    ops.add(
        op(
            "GET /devicegroups",
            "/devicegroups",
            null,
            json("[{\"id\": 151, \"name\": \"FTP Servers\", \"dynamic\": true}]"),
            c -> assertThat(c.deviceGroups().list().get(0).dynamic()).isTrue()));
    ops.add(
        op(
            "POST /devicegroups",
            "/devicegroups",
            "{\"name\": \"FTP\", \"dynamic\": true, \"field\": \"type\", \"value\": \"/^extrahop.device.ftp_server$/\", \"include_custom_devices\": true, \"description\": \"FTP Example\"}",
            created("/devicegroups/151"),
            c ->
                assertThat(
                        c.deviceGroups()
                            .create(
                                DeviceGroupCreate.builder()
                                    .name("FTP")
                                    .dynamic(true)
                                    .field("type")
                                    .value("/^extrahop.device.ftp_server$/")
                                    .includeCustomDevices(true)
                                    .description("FTP Example")
                                    .build()))
                    .isEqualTo(151)));
    ops.add(
        op(
            "DELETE /devicegroups/{id}",
            "/devicegroups/151",
            null,
            NO_CONTENT,
            c -> c.deviceGroups().delete(151)));
    ops.add(
        op(
            "GET /devicegroups/{id}",
            "/devicegroups/151",
            null,
            json("{\"id\": 151, \"field\": \"type\"}"),
            c -> assertThat(c.deviceGroups().get(151).field()).isEqualTo("type")));
    ops.add(
        op(
            "PATCH /devicegroups/{id}",
            "/devicegroups/151",
            "{\"name\": \"FTP Servers\"}",
            NO_CONTENT,
            c ->
                c.deviceGroups()
                    .update(151, DeviceGroupUpdate.builder().name("FTP Servers").build())));
    ops.add(
        op(
            "GET /devicegroups/{id}/dashboards",
            "/devicegroups/151/dashboards",
            null,
            json("[]"),
            c -> assertThat(c.deviceGroups().dashboards(151)).isEmpty()));

    // ---- email groups
    ops.add(
        op(
            "GET /emailgroups",
            "/emailgroups",
            null,
            json(
                "[{\"id\": 1, \"group_name\": \"ops\", \"email_addresses\": [\"ops@example.com\"]}]"),
            c -> assertThat(c.emailGroups().list().get(0).groupName()).isEqualTo("ops")));
    ops.add(
        op(
            "POST /emailgroups",
            "/emailgroups",
            "{\"group_name\": \"ops\", \"email_addresses\": [\"ops@example.com\"], \"system_notifications\": false}",
            created("/emailgroups/3"),
            c ->
                assertThat(
                        c.emailGroups()
                            .create(
                                EmailGroupCreate.builder()
                                    .groupName("ops")
                                    .emailAddresses(List.of("ops@example.com"))
                                    .systemNotifications(false)
                                    .build()))
                    .isEqualTo(3)));
    ops.add(
        op(
            "DELETE /emailgroups/{id}",
            "/emailgroups/7",
            null,
            NO_CONTENT,
            c -> c.emailGroups().delete(7)));
    ops.add(
        op(
            "GET /emailgroups/{id}",
            "/emailgroups/7",
            null,
            json("{\"id\": 7, \"system_notifications\": true}"),
            c -> assertThat(c.emailGroups().get(7).systemNotifications()).isTrue()));
    ops.add(
        op(
            "PATCH /emailgroups/{id}",
            "/emailgroups/7",
            "{\"email_addresses\": [\"a@example.com\", \"b@example.com\"]}",
            NO_CONTENT,
            c ->
                c.emailGroups()
                    .update(
                        7,
                        EmailGroupUpdate.builder()
                            .emailAddresses("a@example.com", "b@example.com")
                            .build())));

    // ---- exclusion intervals
    ops.add(
        op(
            "GET /exclusionintervals",
            "/exclusionintervals",
            null,
            json("[{\"id\": 1, \"interval_type\": \"weekly\", \"start\": 0, \"end\": 3600}]"),
            c ->
                assertThat(c.exclusionIntervals().list().get(0).intervalType())
                    .isEqualTo(ExclusionIntervalType.WEEKLY)));
    ops.add(
        op(
            "POST /exclusionintervals",
            "/exclusionintervals",
            "{\"name\": \"nights\", \"interval_type\": \"daily\", \"start\": 79200, \"end\": 86399, \"alert_apply_all\": false, \"trend_apply_all\": false}",
            created("/exclusionintervals/5"),
            c ->
                assertThat(
                        c.exclusionIntervals()
                            .create(
                                ExclusionIntervalCreate.builder()
                                    .name("nights")
                                    .intervalType(ExclusionIntervalType.DAILY)
                                    .start(79200)
                                    .end(86399)
                                    .alertApplyAll(false)
                                    .trendApplyAll(false)
                                    .build()))
                    .isEqualTo(5)));
    ops.add(
        op(
            "DELETE /exclusionintervals/{id}",
            "/exclusionintervals/7",
            null,
            NO_CONTENT,
            c -> c.exclusionIntervals().delete(7)));
    ops.add(
        op(
            "GET /exclusionintervals/{id}",
            "/exclusionintervals/7",
            null,
            json("{\"id\": 7, \"end\": 86399}"),
            c -> assertThat(c.exclusionIntervals().get(7).end()).isEqualTo(86399L)));
    ops.add(
        op(
            "PATCH /exclusionintervals/{id}",
            "/exclusionintervals/7",
            "{\"alert_apply_all\": true}",
            NO_CONTENT,
            c ->
                c.exclusionIntervals()
                    .update(7, ExclusionIntervalUpdate.builder().alertApplyAll(true).build())));

    // ---- the appliance itself
    ops.add(
        op(
            "GET /extrahop",
            "/extrahop",
            null,
            json(
                "{\"version\": \"9.4.0.1\", \"platform\": \"extrahop\", \"edition\": \"Reveal(x)\"}"),
            c -> assertThat(c.system().info().edition()).isEqualTo("Reveal(x)")));
    ops.add(
        op(
            "GET /extrahop/idrac",
            "/extrahop/idrac",
            null,
            json("{\"ipaddr\": \"10.0.0.9\"}"),
            c -> assertThat(c.system().idrac().ipaddr()).isEqualTo("10.0.0.9")));
    ops.add(
        op(
            "GET /extrahop/platform",
            "/extrahop/platform",
            null,
            json("{\"platform\": \"discover\"}"),
            c -> assertThat(c.system().platform().platform()).isEqualTo("discover")));
    ops.add(
        op(
            "GET /extrahop/processes",
            "/extrahop/processes",
            null,
            json("[{\"process\": \"exalerts\", \"status\": \"running\"}]"),
            c -> assertThat(c.system().processes().get(0).process()).isEqualTo("exalerts")));
    ops.add(
        op(
            "POST /extrahop/processes/{process}/restart",
            "/extrahop/processes/exalerts/restart",
            null,
            w -> w.created(API + "/extrahop/processes/exalerts"),
            c -> c.system().restartProcess("exalerts")));
    ops.add(
        op(
            "POST /extrahop/sslcert",
            "/extrahop/sslcert",
            null,
            w -> w.answer(201, ""),
            c -> c.system().regenerateSslCertificate()));
    ops.add(
        op(
            "PUT /extrahop/sslcert",
            "/extrahop/sslcert",
            "\"" + (PEM_CERT + PEM_KEY).replace("\n", "\\n") + "\"",
            NO_CONTENT,
            c -> c.system().replaceSslCertificate(PEM_CERT + PEM_KEY)));
    ops.add(
        op(
            "GET /extrahop/version",
            "/extrahop/version",
            null,
            json("{\"version\": \"9.4.0.1\"}"),
            c -> assertThat(c.system().version().version()).isEqualTo("9.4.0.1")));

    // ---- flex grids, geomaps
    ops.add(
        op(
            "GET /flexgrids",
            "/flexgrids",
            null,
            json("[{\"id\": 2, \"name\": \"grid\"}]"),
            c -> assertThat(c.flexGrids().list().get(0).name()).isEqualTo("grid")));
    ops.add(
        op(
            "GET /geomaps",
            "/geomaps",
            null,
            json("[{\"id\": 2, \"name\": \"world\"}]"),
            c -> assertThat(c.geomaps().list().get(0).name()).isEqualTo("world")));
    ops.add(
        op(
            "POST /geomaps",
            "/geomaps",
            "{\"name\": \"world\"}",
            created("/geomaps/2"),
            c ->
                assertThat(c.geomaps().create(GeomapCreate.builder().name("world").build()))
                    .isEqualTo(2)));
    ops.add(op("DELETE /geomaps/{id}", "/geomaps/7", null, NO_CONTENT, c -> c.geomaps().delete(7)));
    ops.add(
        op(
            "GET /geomaps/{id}",
            "/geomaps/7",
            null,
            json("{\"id\": 7, \"author\": \"ehd\"}"),
            c -> assertThat(c.geomaps().get(7).author()).isEqualTo("ehd")));
    ops.add(
        op(
            "PATCH /geomaps/{id}",
            "/geomaps/7",
            "{\"name\": \"earth\"}",
            NO_CONTENT,
            c -> c.geomaps().update(7, GeomapUpdate.builder().name("earth").build())));

    // ---- license
    ops.add(
        op(
            "GET /license",
            "/license",
            null,
            json(
                "{\"edition\": \"Reveal(x)\", \"serial\": \"ABC123\", \"features\": {\"ssl\": true}}"),
            c -> assertThat(c.licensing().get().features()).containsEntry("ssl", true)));
    ops.add(
        op(
            "PUT /license",
            "/license",
            "{\"dossier\": \"X\", \"features\": {}}",
            NO_CONTENT,
            c -> c.licensing().apply("{\"dossier\": \"X\", \"features\": {}}")));
    ops.add(
        op(
            "GET /license/productkey",
            "/license/productkey",
            null,
            json("{\"product_key\": \"AAAA-BBBB\"}"),
            c -> assertThat(c.licensing().productKey()).isEqualTo("AAAA-BBBB")));
    ops.add(
        op(
            "PUT /license/productkey",
            "/license/productkey",
            "{\"product_key\": \"AAAA-CCCC\"}",
            NO_CONTENT,
            c -> c.licensing().applyProductKey("AAAA-CCCC")));

    // ---- networks, locality, nodes, vlans
    ops.add(
        op(
            "GET /networks",
            "/networks",
            null,
            json("[{\"id\": 1, \"name\": \"Capture 1\", \"idle\": false}]"),
            c -> assertThat(c.networks().list().get(0).idle()).isFalse()));
    ops.add(
        op(
            "GET /networks/{id}",
            "/networks/7",
            null,
            json("{\"id\": 7, \"appliance_uuid\": \"u-1\"}"),
            c -> assertThat(c.networks().get(7).applianceUuid()).isEqualTo("u-1")));
    ops.add(
        op(
            "PATCH /networks/{id}",
            "/networks/7",
            "{\"description\": null}",
            NO_CONTENT,
            c -> c.networks().update(7, NetworkUpdate.builder().clearDescription().build())));
    ops.add(
        op(
            "GET /networks/{id}/vlans",
            "/networks/7/vlans",
            null,
            json("[{\"id\": 3, \"vlanid\": 100, \"network_id\": 7}]"),
            c -> assertThat(c.networks().vlans(7).get(0).vlanid()).isEqualTo(100)));
    ops.add(
        op(
            "GET /networklocality",
            "/networklocality",
            null,
            json("[{\"id\": 1, \"network\": \"10.0.0.0/8\", \"external\": false}]"),
            c -> assertThat(c.networkLocality().list().get(0).network()).isEqualTo("10.0.0.0/8")));
    ops.add(
        op(
            "POST /networklocality",
            "/networklocality",
            "{\"network\": \"192.0.2.0/24\", \"external\": true}",
            created("/networklocality/4"),
            c ->
                assertThat(
                        c.networkLocality()
                            .create(
                                NetworkLocalityCreate.builder()
                                    .network("192.0.2.0/24")
                                    .external(true)
                                    .build()))
                    .isEqualTo(4)));
    ops.add(
        op(
            "DELETE /networklocality/{id}",
            "/networklocality/7",
            null,
            NO_CONTENT,
            c -> c.networkLocality().delete(7)));
    ops.add(
        op(
            "GET /networklocality/{id}",
            "/networklocality/7",
            null,
            json("{\"id\": 7, \"external\": true}"),
            c -> assertThat(c.networkLocality().get(7).external()).isTrue()));
    ops.add(
        op(
            "PATCH /networklocality/{id}",
            "/networklocality/7",
            "{\"external\": false}",
            NO_CONTENT,
            c ->
                c.networkLocality()
                    .update(7, NetworkLocalityUpdate.builder().external(false).build())));
    ops.add(
        op(
            "GET /nodes",
            "/nodes",
            null,
            json("[{\"id\": 1, \"nickname\": \"eda-east\", \"enabled\": true}]"),
            c -> assertThat(c.nodes().list().get(0).nickname()).isEqualTo("eda-east")));
    ops.add(
        op(
            "GET /nodes/{id}",
            "/nodes/7",
            null,
            json("{\"id\": 7, \"uuid\": \"n-7\"}"),
            c -> assertThat(c.nodes().get(7).uuid()).isEqualTo("n-7")));
    ops.add(
        op(
            "PATCH /nodes/{id}",
            "/nodes/7",
            "{\"nickname\": \"east\", \"enabled\": false}",
            NO_CONTENT,
            c ->
                c.nodes().update(7, NodeUpdate.builder().nickname("east").enabled(false).build())));
    ops.add(
        op(
            "GET /vlans",
            "/vlans",
            null,
            json("[{\"id\": 3, \"vlanid\": 100}]"),
            c -> assertThat(c.vlans().list().get(0).vlanid()).isEqualTo(100)));
    ops.add(
        op(
            "PATCH /vlans/{id}",
            "/vlans/3",
            "{\"name\": \"users\", \"description\": null}",
            NO_CONTENT,
            c ->
                c.vlans()
                    .update(3, VlanUpdate.builder().name("users").clearDescription().build())));

    // ---- pages
    ops.add(
        op(
            "GET /pages",
            "/pages",
            null,
            json("[{\"id\": 221, \"name\": \"home\"}]"),
            c -> assertThat(c.pages().list().get(0).id()).isEqualTo(221)));
    ops.add(
        op(
            "POST /pages",
            "/pages",
            "{\"name\": \"home\"}",
            created("/pages/221"),
            c ->
                assertThat(c.pages().create(CustomPageCreate.builder().name("home").build()))
                    .isEqualTo(221)));
    ops.add(op("DELETE /pages/{id}", "/pages/221", null, NO_CONTENT, c -> c.pages().delete(221)));
    ops.add(
        op(
            "GET /pages/{id}",
            "/pages/221",
            null,
            json("{\"id\": 221, \"name\": \"home\"}"),
            c -> assertThat(c.pages().get(221).name()).isEqualTo("home")));
    ops.add(
        op(
            "PATCH /pages/{id}",
            "/pages/221",
            "{\"name\": \"start\"}",
            NO_CONTENT,
            c -> c.pages().update(221, CustomPageUpdate.builder().name("start").build())));

    // ---- reports
    ops.add(
        op(
            "GET /reports",
            "/reports",
            null,
            json("[{\"id\": 2, \"name\": \"weekly\", \"enabled\": true}]"),
            c -> assertThat(c.reports().list().get(0).enabled()).isTrue()));
    ops.add(
        op(
            "POST /reports",
            "/reports",
            "{\"name\": \"weekly\", \"cron\": \"0 8 * * 1\", \"timezone\": \"UTC\"}",
            created("/reports/2"),
            c ->
                assertThat(
                        c.reports()
                            .create(
                                ReportCreate.builder()
                                    .name("weekly")
                                    .cron("0 8 * * 1")
                                    .timezone("UTC")
                                    .build()))
                    .isEqualTo(2)));
    ops.add(op("DELETE /reports/{id}", "/reports/2", null, NO_CONTENT, c -> c.reports().delete(2)));
    ops.add(
        op(
            "GET /reports/{id}",
            "/reports/2",
            null,
            json("{\"id\": 2, \"timezone\": \"UTC\"}"),
            c -> assertThat(c.reports().get(2).timezone()).isEqualTo("UTC")));
    ops.add(
        op(
            "PATCH /reports/{id}",
            "/reports/2",
            "{\"enabled\": false, \"subject\": null}",
            NO_CONTENT,
            c ->
                c.reports()
                    .update(2, ReportUpdate.builder().enabled(false).clearSubject().build())));
    ops.add(
        op(
            "GET /reports/{id}/contents",
            "/reports/2/contents",
            null,
            json("[{\"dashboard_id\": 4, \"type\": \"dashboard\"}]"),
            c -> assertThat(c.reports().contents(2).get(0).dashboardId()).isEqualTo(4L)));
    ops.add(
        op(
            "PUT /reports/{id}/contents",
            "/reports/2/contents",
            "[{\"dashboard_id\": 5}]",
            NO_CONTENT,
            c -> c.reports().replaceContents(2, List.of(ReportContent.dashboard(5)))));
    ops.add(
        op(
            "POST /reports/{id}/queue",
            "/reports/2/queue",
            null,
            w -> w.answer(202, ""),
            c -> c.reports().queue(2)));

    // ---- running config
    ops.add(
        op(
            "GET /runningconfig",
            "/runningconfig",
            null,
            json("{\"capture\": {\"enabled\": true}, \"version\": 3}"),
            c ->
                assertThat(c.runningConfig().get())
                    .containsKey("capture")
                    .containsEntry("version", 3)));
    ops.add(
        op(
            "PUT /runningconfig",
            "/runningconfig",
            "{\"capture\": {\"enabled\": false}}",
            NO_CONTENT,
            c -> c.runningConfig().replace(Map.of("capture", Map.of("enabled", false)))));
    ops.add(
        op(
            "POST /runningconfig/save",
            "/runningconfig/save",
            null,
            NO_CONTENT,
            c -> c.runningConfig().save()));
    ops.add(
        op(
            "GET /runningconfig/saved",
            "/runningconfig/saved",
            null,
            json("{\"capture\": {\"enabled\": true}}"),
            c -> assertThat(c.runningConfig().saved()).containsKey("capture")));

    // ---- SSL decrypt keys (ids are hex SHA-1 strings; protocols by name)
    String keyId = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3";
    ops.add(
        op(
            "GET /ssldecryptkeys",
            "/ssldecryptkeys",
            null,
            json("[{\"id\": \"" + keyId + "\", \"name\": \"web\", \"enabled\": true}]"),
            c -> assertThat(c.sslDecryptKeys().list().get(0).id()).isEqualTo(keyId)));
    ops.add(
        op(
            "POST /ssldecryptkeys",
            "/ssldecryptkeys",
            "{\"name\": \"web\", \"certificate\": \""
                + PEM_CERT.replace("\n", "\\n")
                + "\", \"private_key\": \""
                + PEM_KEY.replace("\n", "\\n")
                + "\", \"enabled\": true}",
            created("/ssldecryptkeys/" + keyId),
            c ->
                assertThat(
                        c.sslDecryptKeys()
                            .create(
                                SslDecryptKeyCreate.builder()
                                    .name("web")
                                    .certificate(PEM_CERT)
                                    .privateKey(PEM_KEY)
                                    .enabled(true)
                                    .build()))
                    .isEqualTo(keyId)));
    ops.add(
        op(
            "DELETE /ssldecryptkeys/{id}",
            "/ssldecryptkeys/" + keyId,
            null,
            NO_CONTENT,
            c -> c.sslDecryptKeys().delete(keyId)));
    ops.add(
        op(
            "GET /ssldecryptkeys/{id}",
            "/ssldecryptkeys/" + keyId,
            null,
            json("{\"id\": \"" + keyId + "\", \"certificate\": \"PEM\"}"),
            c -> assertThat(c.sslDecryptKeys().get(keyId).certificate()).isEqualTo("PEM")));
    ops.add(
        op(
            "PATCH /ssldecryptkeys/{id}",
            "/ssldecryptkeys/" + keyId,
            "{\"enabled\": false}",
            NO_CONTENT,
            c ->
                c.sslDecryptKeys()
                    .update(keyId, SslDecryptKeyUpdate.builder().enabled(false).build())));
    ops.add(
        op(
            "GET /ssldecryptkeys/{id}/protocols",
            "/ssldecryptkeys/" + keyId + "/protocols",
            null,
            json("[{\"protocol\": \"http\", \"port\": 443}]"),
            c -> assertThat(c.sslDecryptKeys().protocols(keyId).get(0).port()).isEqualTo(443)));
    ops.add(
        op(
            "POST /ssldecryptkeys/{id}/protocols",
            "/ssldecryptkeys/" + keyId + "/protocols",
            "{\"protocol\": \"http\", \"port\": 8443}",
            created("/ssldecryptkeys/" + keyId + "/protocols/http"),
            c ->
                assertThat(c.sslDecryptKeys().addProtocol(keyId, "http", 8443)).isEqualTo("http")));
    ops.add(
        op(
            "DELETE /ssldecryptkeys/{id}/protocols/{childId}",
            "/ssldecryptkeys/" + keyId + "/protocols/http?port=8443",
            null,
            NO_CONTENT,
            c -> c.sslDecryptKeys().deleteProtocol(keyId, "http", 8443)));

    // ---- tags
    ops.add(
        op(
            "GET /tags",
            "/tags",
            null,
            json("[{\"mod_time\": 1447878253953, \"id\": 1, \"name\": \"my_test_tag\"}]"),
            c -> assertThat(c.tags().list()).extracting(Tag::name).containsExactly("my_test_tag")));
    ops.add(
        op(
            "POST /tags",
            "/tags",
            "{\"name\": \"my_test_tag\"}",
            created("/tags/1"),
            c ->
                assertThat(c.tags().create(TagCreate.builder().name("my_test_tag").build()))
                    .isEqualTo(1)));
    ops.add(op("DELETE /tags/{id}", "/tags/1", null, NO_CONTENT, c -> c.tags().delete(1)));
    ops.add(
        op(
            "GET /tags/{id}",
            "/tags/1",
            null,
            json("{\"mod_time\": 1447878253953, \"id\": 1, \"name\": \"my_test_tag\"}"),
            c -> assertThat(c.tags().get(1).modTime().toEpochMilli()).isEqualTo(1447878253953L)));
    ops.add(
        op(
            "PATCH /tags/{id}",
            "/tags/1",
            "{\"name\": \"renamed\"}",
            NO_CONTENT,
            c -> c.tags().update(1, TagUpdate.builder().name("renamed").build())));

    // ---- triggers
    ops.add(
        op(
            "GET /triggers",
            "/triggers",
            null,
            json(
                "[{\"id\": 1, \"name\": \"t\", \"events\": [\"HTTP_REQUEST\"], \"hints\": {\"payloadBytes\": 2048}}]"),
            c ->
                assertThat(c.triggers().list().get(0).hints())
                    .containsEntry("payloadBytes", 2048)));
    ops.add(
        op(
            "POST /triggers",
            "/triggers",
            "{\"name\": \"t\", \"script\": \"debug('x');\", \"events\": [\"HTTP_REQUEST\"], \"apply_all\": false, \"debug\": false, \"disabled\": false}",
            created("/triggers/6"),
            c ->
                assertThat(
                        c.triggers()
                            .create(
                                TriggerCreate.builder()
                                    .name("t")
                                    .script("debug('x');")
                                    .events(List.of("HTTP_REQUEST"))
                                    .applyAll(false)
                                    .debug(false)
                                    .disabled(false)
                                    .build()))
                    .isEqualTo(6)));
    ops.add(
        op("DELETE /triggers/{id}", "/triggers/6", null, NO_CONTENT, c -> c.triggers().delete(6)));
    ops.add(
        op(
            "GET /triggers/{id}",
            "/triggers/6",
            null,
            json("{\"id\": 6, \"script\": \"debug('x');\"}"),
            c -> assertThat(c.triggers().get(6).script()).isEqualTo("debug('x');")));
    ops.add(
        op(
            "PATCH /triggers/{id}",
            "/triggers/6",
            "{\"debug\": true, \"hints\": null}",
            NO_CONTENT,
            c -> c.triggers().update(6, TriggerUpdate.builder().debug(true).clearHints().build())));

    // ---- users and user groups
    ops.add(
        op(
            "GET /users",
            "/users",
            null,
            json("[{\"username\": \"alice\", \"granted_roles\": {\"write\": \"full\"}}]"),
            c ->
                assertThat(c.users().list().get(0).grantedRoles()).containsEntry("write", "full")));
    ops.add(
        op(
            "POST /users",
            "/users",
            "{\"username\": \"alice\", \"name\": \"Alice\", \"password\": \"s3cret!\", \"granted_roles\": {\"write\": \"limited\", \"metrics\": null}}",
            created("/users/alice"),
            c ->
                assertThat(
                        c.users()
                            .create(
                                UserCreate.builder()
                                    .username("alice")
                                    .name("Alice")
                                    .password("s3cret!")
                                    .grantedRole("write", "limited")
                                    .grantedRole("metrics", null)
                                    .build()))
                    .isEqualTo("alice")));
    ops.add(
        op(
            "DELETE /users/{username}",
            "/users/alice?dest_user=bob",
            null,
            NO_CONTENT,
            c -> c.users().delete("alice", "bob")));
    ops.add(
        op(
            "GET /users/{username}",
            "/users/alice",
            null,
            json("{\"username\": \"alice\", \"enabled\": true}"),
            c -> assertThat(c.users().get("alice").enabled()).isTrue()));
    ops.add(
        op(
            "PATCH /users/{username}",
            "/users/alice",
            "{\"enabled\": false}",
            NO_CONTENT,
            c -> c.users().update("alice", UserUpdate.builder().enabled(false).build())));
    ops.add(
        op(
            "GET /users/{username}/apikeys",
            "/users/alice/apikeys",
            null,
            json("[{\"id\": 5, \"username\": \"alice\"}]"),
            c -> assertThat(c.users().apiKeys("alice").get(0).id()).isEqualTo(5)));
    ops.add(
        op(
            "GET /users/{username}/apikeys/{keyid}",
            "/users/alice/apikeys/5",
            null,
            json("{\"id\": 5, \"username\": \"alice\"}"),
            c -> assertThat(c.users().apiKey("alice", 5).username()).isEqualTo("alice")));
    ops.add(
        op(
            "GET /usergroups",
            "/usergroups",
            null,
            json("[{\"id\": \"remote.ops\", \"name\": \"ops\", \"enabled\": true}]"),
            c -> assertThat(c.userGroups().list().get(0).id()).isEqualTo("remote.ops")));
    ops.add(
        op(
            "POST /usergroups/refresh",
            "/usergroups/refresh",
            null,
            NO_CONTENT,
            c -> c.userGroups().refreshAll()));
    ops.add(
        op(
            "GET /usergroups/{id}",
            "/usergroups/remote.ops",
            null,
            json("{\"id\": \"remote.ops\", \"type\": \"remote\"}"),
            c -> assertThat(c.userGroups().get("remote.ops").type()).isEqualTo("remote")));
    ops.add(
        op(
            "PATCH /usergroups/{id}",
            "/usergroups/remote.ops",
            "{\"enabled\": false}",
            NO_CONTENT,
            c ->
                c.userGroups()
                    .update("remote.ops", UserGroupUpdate.builder().enabled(false).build())));
    ops.add(
        op(
            "DELETE /usergroups/{id}/associations",
            "/usergroups/remote.ops/associations",
            null,
            NO_CONTENT,
            c -> c.userGroups().deleteAssociations("remote.ops")));
    ops.add(
        op(
            "GET /usergroups/{id}/members",
            "/usergroups/remote.ops/members",
            null,
            json("[{\"username\": \"alice\"}]"),
            c ->
                assertThat(c.userGroups().members("remote.ops").get(0).username())
                    .isEqualTo("alice")));
    ops.add(
        op(
            "POST /usergroups/{id}/refresh",
            "/usergroups/remote.ops/refresh",
            null,
            NO_CONTENT,
            c -> c.userGroups().refresh("remote.ops")));

    // ---- whitelist
    ops.add(
        op(
            "GET /whitelist/devices",
            "/whitelist/devices",
            null,
            json("[{\"id\": 9}]"),
            c -> assertThat(c.whitelist().list()).extracting(Device::id).containsExactly(9L)));
    ops.add(
        op(
            "POST /whitelist/devices",
            "/whitelist/devices",
            "{\"assign\": [9], \"unassign\": [11]}",
            NO_CONTENT,
            c -> assertThat(c.whitelist().update(List.of(9L), List.of(11L)).isSuccess()).isTrue()));
    ops.add(
        op(
            "POST /whitelist/device/{id}",
            "/whitelist/device/9",
            null,
            NO_CONTENT,
            c -> c.whitelist().add(9)));
    ops.add(
        op(
            "DELETE /whitelist/device/{id}",
            "/whitelist/device/9",
            null,
            NO_CONTENT,
            c -> c.whitelist().remove(9)));

    // ---- the assignment pattern: four operations per pair
    assignments(
        ops, "alerts", "applications", (c, id) -> c.alerts().applications(id), Application.class);
    assignments(
        ops, "alerts", "devicegroups", (c, id) -> c.alerts().deviceGroups(id), DeviceGroup.class);
    assignments(ops, "alerts", "devices", (c, id) -> c.alerts().devices(id), Device.class);
    assignments(
        ops, "alerts", "emailgroups", (c, id) -> c.alerts().emailGroups(id), EmailGroup.class);
    assignments(
        ops,
        "alerts",
        "exclusionintervals",
        (c, id) -> c.alerts().exclusionIntervals(id),
        ExclusionInterval.class);
    assignments(ops, "alerts", "networks", (c, id) -> c.alerts().networks(id), Network.class);
    assignments(ops, "applications", "alerts", (c, id) -> c.applications().alerts(id), Alert.class);
    assignments(
        ops,
        "applications",
        "flexgrids",
        (c, id) -> c.applications().flexGrids(id),
        FlexGrid.class);
    assignments(
        ops, "applications", "geomaps", (c, id) -> c.applications().geomaps(id), Geomap.class);
    assignments(
        ops, "applications", "pages", (c, id) -> c.applications().pages(id), CustomPage.class);
    assignments(ops, "devices", "alerts", (c, id) -> c.devices().alerts(id), Alert.class);
    assignments(
        ops, "devices", "devicegroups", (c, id) -> c.devices().deviceGroups(id), DeviceGroup.class);
    assignments(ops, "devices", "flexgrids", (c, id) -> c.devices().flexGrids(id), FlexGrid.class);
    assignments(ops, "devices", "pages", (c, id) -> c.devices().pages(id), CustomPage.class);
    assignments(ops, "devices", "tags", (c, id) -> c.devices().tags(id), Tag.class);
    assignments(ops, "devices", "triggers", (c, id) -> c.devices().triggers(id), Trigger.class);
    assignments(ops, "devicegroups", "alerts", (c, id) -> c.deviceGroups().alerts(id), Alert.class);
    assignments(
        ops, "devicegroups", "devices", (c, id) -> c.deviceGroups().devices(id), Device.class);
    assignments(
        ops,
        "devicegroups",
        "flexgrids",
        (c, id) -> c.deviceGroups().flexGrids(id),
        FlexGrid.class);
    assignments(
        ops, "devicegroups", "pages", (c, id) -> c.deviceGroups().pages(id), CustomPage.class);
    assignments(ops, "devicegroups", "tags", (c, id) -> c.deviceGroups().tags(id), Tag.class);
    assignments(
        ops, "devicegroups", "triggers", (c, id) -> c.deviceGroups().triggers(id), Trigger.class);
    assignments(
        ops,
        "flexgrids",
        "applications",
        (c, id) -> c.flexGrids().applications(id),
        Application.class);
    assignments(
        ops,
        "flexgrids",
        "devicegroups",
        (c, id) -> c.flexGrids().deviceGroups(id),
        DeviceGroup.class);
    assignments(ops, "flexgrids", "devices", (c, id) -> c.flexGrids().devices(id), Device.class);
    assignments(
        ops, "geomaps", "applications", (c, id) -> c.geomaps().applications(id), Application.class);
    assignments(ops, "networks", "alerts", (c, id) -> c.networks().alerts(id), Alert.class);
    assignments(ops, "networks", "pages", (c, id) -> c.networks().pages(id), CustomPage.class);
    assignments(
        ops, "pages", "applications", (c, id) -> c.pages().applications(id), Application.class);
    assignments(
        ops, "pages", "devicegroups", (c, id) -> c.pages().deviceGroups(id), DeviceGroup.class);
    assignments(ops, "pages", "devices", (c, id) -> c.pages().devices(id), Device.class);
    assignments(ops, "pages", "networks", (c, id) -> c.pages().networks(id), Network.class);
    assignments(
        ops, "reports", "emailgroups", (c, id) -> c.reports().emailGroups(id), EmailGroup.class);
    assignments(ops, "tags", "devices", (c, id) -> c.tags().devices(id), Device.class);
    assignments(
        ops,
        "triggers",
        "devicegroups",
        (c, id) -> c.triggers().deviceGroups(id),
        DeviceGroup.class);
    assignments(ops, "triggers", "devices", (c, id) -> c.triggers().devices(id), Device.class);
    return ops;
  }

  static void assignments(
      List<Op> ops,
      String resource,
      String children,
      BiFunction<ExtraHopClient, Long, Assignments<?>> of,
      Class<?> type) {
    String base = "/" + resource + "/{id}/" + children;
    String path = "/" + resource + "/7/" + children;
    ops.add(
        op(
            "GET " + base,
            path,
            null,
            json("[{\"id\": 9, \"name\": \"n9\"}]"),
            c -> {
              List<?> list = of.apply(c, 7L).list();
              assertThat(list).hasSize(1);
              assertThat(list.get(0)).isInstanceOf(type).asString().contains("id=9");
            }));
    ops.add(
        op(
            "POST " + base,
            path,
            "{\"assign\": [9, 10], \"unassign\": [11]}",
            NO_CONTENT,
            c ->
                assertThat(of.apply(c, 7L).update(List.of(9L, 10L, 9L), List.of(11L)).isSuccess())
                    .isTrue()));
    ops.add(
        op(
            "POST " + base + "/{childId}",
            path + "/9",
            null,
            NO_CONTENT,
            c -> of.apply(c, 7L).assignOne(9)));
    ops.add(
        op(
            "DELETE " + base + "/{childId}",
            path + "/9",
            null,
            NO_CONTENT,
            c -> of.apply(c, 7L).unassignOne(9)));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationSendsWhatTheApiExpectsAndDecodesTheAnswer() {
    return operations().stream()
        .map(
            op ->
                DynamicTest.dynamicTest(
                    op.row(),
                    () -> {
                      try (Wire wire = new Wire()) {
                        op.answer().accept(wire);
                        op.call().accept(wire.client);
                        RecordedRequest request =
                            op.body() == null
                                ? wire.expect(op.method(), op.target())
                                : wire.expect(op.method(), op.target(), op.body());
                        if (op.body() == null) {
                          assertThat(Wire.body(request)).as("no body").isEmpty();
                        }
                        assertThat(wire.requestCount()).as("exactly one request").isEqualTo(1);
                      }
                    }));
  }

  /**
   * The catalogue rows of the resources this module covers, as {@code "METHOD /path"}, read from
   * the test class path.
   */
  static Set<String> catalogueRows() throws IOException {
    Set<String> rows = new TreeSet<>();
    try (InputStream in =
        CatalogueTest.class
            .getClassLoader()
            .getResourceAsStream("io/netobs/testing/catalogue/extrahop-operations.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        String[] cols = line.split("\t");
        if (!line.isBlank() && !NOT_HERE.contains(cols[0])) {
          rows.add(cols[1] + " " + cols[2]);
        }
      }
    }
    return rows;
  }

  @Test
  void everyCatalogueRowIsCovered() throws Exception {
    Set<String> rows = new TreeSet<>();
    int total = 0;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("io/netobs/testing/catalogue/extrahop-operations.tsv")) {
      assertThat(in).as("the catalogue is on the test class path").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        total++;
        String[] cols = line.split("\t");
        if (!NOT_HERE.contains(cols[0])) {
          rows.add(cols[1] + " " + cols[2]);
        }
      }
    }
    Set<String> covered =
        operations().stream().map(Op::row).collect(Collectors.toCollection(TreeSet::new));
    assertThat(total).isEqualTo(322);
    assertThat(covered).as("operations that are not catalogue rows").isSubsetOf(rows);
    assertThat(rows).as("catalogue rows without a typed operation").isSubsetOf(covered);
    assertThat(operations()).hasSize(rows.size());
    assertThat(rows).hasSize(298);
  }
}
