package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.CloudExportUpdate;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.request.AlarmQuery;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.DeviceInterfaceCreate;
import io.netobs.kentik.request.DeviceInterfaceUpdate;
import io.netobs.kentik.request.DeviceLabelCreate;
import io.netobs.kentik.request.DeviceLabelUpdate;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.KentikDeviceCreate;
import io.netobs.kentik.request.KentikDeviceUpdate;
import io.netobs.kentik.request.KentikSiteCreate;
import io.netobs.kentik.request.KentikSiteUpdate;
import io.netobs.kentik.request.KentikUserCreate;
import io.netobs.kentik.request.KentikUserUpdate;
import io.netobs.kentik.request.ManualMitigation;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.kentik.synthetics.model.SyntheticsTestStatus;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertCreate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsResultsQuery;
import io.netobs.kentik.synthetics.request.SyntheticsTestCreate;
import io.netobs.kentik.synthetics.request.SyntheticsTestUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsTraceQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Kentik catalogue (shipped with the test fixtures) is a typed method of the
 * client.
 */
class CatalogueTest {
  /** An operation; V5 paths are relative to {@code /api/v5}, v6 paths full from the root. */
  record Operation(String method, String path, boolean rooted) {
    Pattern pattern() {
      return Pattern.compile((rooted ? "" : "/api/v5") + path.replaceAll("\\{[^}]+}", "[^/]+"));
    }
  }

  static List<Operation> catalogue() throws IOException {
    List<Operation> ops = new ArrayList<>();
    read("kentik-operations.tsv", false, ops);
    read("kentik-v6-operations.tsv", true, ops);
    return ops;
  }

  private static void read(String file, boolean rooted, List<Operation> ops) throws IOException {
    try (InputStream in =
        CatalogueTest.class.getResourceAsStream("/io/netobs/testing/catalogue/" + file)) {
      assertThat(in).as("the catalogue on the test class path").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          ops.add(new Operation(cols[1], cols[2], rooted));
        }
      }
    }
  }

  /** Answers every route with a minimal body of the right shape. */
  static final class AnyRoute extends Dispatcher {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    final List<String> synthetics = Collections.synchronizedList(new ArrayList<>());

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      String method = r.getMethod();
      String full = r.getUrl().encodedPath();
      seen.add(method + " " + full);
      if (full.startsWith("/synthetics/v202309/")) {
        return synthetics(method, full);
      }
      if (full.startsWith("/cloud_export/")) {
        String export = "{\"export\": {\"id\": \"1\", \"name\": \"e\"}}";
        return MockKentik.response(
            200,
            switch (method) {
              case "DELETE" -> "{}";
              case "GET" -> full.endsWith("/exports") ? "{\"exports\": []}" : export;
              default -> export;
            });
      }
      String path = full.substring("/api/v5".length());
      if (method.equals("DELETE") && path.startsWith("/deviceLabels/")) {
        return MockKentik.response(200, "{\"success\": true}");
      }
      if (method.equals("DELETE")) {
        return new MockResponse.Builder().code(204).build();
      }
      if (path.startsWith("/batch/") && method.equals("POST")) {
        return MockKentik.response(202, "{\"message\": \"ok\", \"guid\": \"g-1\"}");
      }
      if (path.endsWith("/status")) {
        return MockKentik.response(200, "{\"guid\": \"g-1\", \"is_complete\": true}");
      }
      String body =
          switch (path.replaceAll("/\\d+", "/N")) {
            case "/tags" -> "{\"tags\": []}";
            case "/tag", "/tag/N" -> "{\"tag\": {\"id\": 1, \"flow_tag\": \"web\"}}";
            case "/customdimensions" -> "{\"customDimensions\": []}";
            case "/customdimension", "/customdimension/N" ->
                "{\"customDimension\": {\"id\": 1, \"name\": \"c_x\"}}";
            case "/customdimension/N/populator", "/customdimension/N/populator/N" ->
                "{\"populator\": {\"id\": 2, \"dimension_id\": 1}}";
            case "/saved-filters/custom" -> "[]";
            case "/customApplications" ->
                method.equals("GET") ? "[]" : "{\"id\": 1, \"name\": \"app\"}";
            case "/query/topXdata" -> "{\"results\": []}";
            case "/query/topXchart" -> "{\"dataUri\": \"data:image/png;base64,iVBORw0K\"}";
            case "/devices" -> "{\"devices\": []}";
            case "/device", "/device/N" -> "{\"device\": {\"id\": \"1\", \"device_name\": \"d\"}}";
            case "/devices/N/labels" -> "{\"id\": \"1\", \"device_name\": \"d\", \"labels\": []}";
            case "/deviceLabels" ->
                method.equals("GET")
                    ? "[]"
                    : "{\"id\": 1, \"name\": \"l\", \"color\": \"#000000\"}";
            case "/deviceLabels/N" -> "{\"id\": 1, \"name\": \"l\", \"color\": \"#000000\"}";
            case "/sites" -> "{\"sites\": []}";
            case "/site", "/site/N" -> "{\"site\": {\"id\": 1, \"site_name\": \"s\"}}";
            case "/query/url" -> "\"https://portal.kentik.com/portal/#Charts/shortUrl/1\"";
            case "/device/N/interfaces", "/mykentik/tenants" -> "[]";
            case "/device/N/interface/N" ->
                method.equals("GET")
                    ? "{\"interface\": {\"id\": \"5\", \"snmp_id\": \"1\"}}"
                    : "{\"id\": \"5\", \"snmp_id\": \"1\", \"vrf\": {}}";
            case "/device/N/interface" -> "{\"id\": \"5\", \"snmp_id\": \"1\", \"vrf\": {}}";
            case "/plans" -> "{\"plans\": []}";
            case "/users" -> "{\"users\": []}";
            case "/user", "/user/N" -> "{\"user\": {\"id\": \"1\"}}";
            case "/mykentik/tenant/N/user" -> "{\"id\": \"1\", \"tenant_id\": \"1\"}";
            case "/alerts/manual-mitigate" -> "{\"response\": {\"result\": \"OK\"}}";
            case "/alerts-active/alarms", "/alerts-active/alerts-history" -> "[]";
            default -> "{\"id\": 1}";
          };
      return MockKentik.response(200, body);
    }

    /** The synthetics v202309 routes, from the gateway root. */
    MockResponse synthetics(String method, String path) {
      synthetics.add(method + " " + path);
      String body =
          switch (path.substring("/synthetics/v202309".length()).replaceAll("/\\d+", "/N")) {
            case "/agents" -> "{\"agents\": []}";
            case "/tests" ->
                method.equals("GET") ? "{\"tests\": []}" : "{\"test\": {\"id\": \"1\"}}";
            case "/agents/N" -> "{\"agent\": {\"id\": \"1\"}}";
            case "/tests/N" -> "{\"test\": {\"id\": \"1\"}}";
            case "/agentAlerts" ->
                method.equals("GET")
                    ? "{\"agentAlerts\": []}"
                    : "{\"agentAlert\": {\"id\": \"1\"}}";
            case "/agentAlerts/N" -> "{\"agentAlert\": {\"id\": \"1\"}}";
            case "/results" -> "{\"results\": []}";
            case "/results/csv" -> "{\"contentType\": \"text/csv\", \"data\": \"\"}";
            case "/trace" -> "{\"nodes\": {}, \"paths\": []}";
            default -> "{}";
          };
      return MockKentik.response(200, body);
    }
  }

  @Test
  void everyCatalogueOperationIsATypedMethod() throws IOException {
    AnyRoute routes = new AnyRoute();
    try (MockKentik mock = new MockKentik()) {
      mock.server.setDispatcher(routes);
      KentikClient k = mock.client;
      k.flowTags().list();
      k.flowTags().get(1);
      k.flowTags().create(FlowTagCreate.builder().flowTag("web").port("80").build());
      k.flowTags().update(1, FlowTagUpdate.builder().port("81").build());
      k.flowTags().delete(1);
      k.customDimensions().list();
      k.customDimensions().get(1);
      k.customDimensions()
          .create(
              CustomDimensionCreate.builder()
                  .name("c_x")
                  .type(DimensionType.STRING)
                  .displayName("X dim")
                  .build());
      k.customDimensions().update(1, CustomDimensionUpdate.builder().displayName("Y dim").build());
      k.customDimensions().delete(1);
      k.customDimensions()
          .populators(1)
          .create(PopulatorCreate.builder().value("v").direction(Direction.SRC).port("1").build());
      k.customDimensions().populators(1).update(2, PopulatorUpdate.builder().port("2").build());
      k.customDimensions().populators(1).delete(2);
      k.batch().tags().delete("old").send();
      k.batch().populators("c_x").delete("old").send();
      k.batch().status("g-1");
      k.savedFilters().list();
      k.savedFilters().get(1);
      FilterSet filters =
          FilterSet.of("and", FilterGroup.of("or", false, Filter.of("dst_as", "=", "1")));
      k.savedFilters().create(SavedFilterCreate.builder().filterName("f").filters(filters).build());
      k.savedFilters()
          .update(1, SavedFilterUpdate.builder().filterName("f").filters(filters).build());
      k.savedFilters().delete(1);
      k.customApplications().list();
      k.customApplications().create(CustomApplicationCreate.builder().name("app").build());
      k.customApplications().update(1, CustomApplicationUpdate.builder().name("app").build());
      k.customApplications().delete(1);
      TopXQuery query = TopXQuery.builder().metric("bytes").dimensions("IP_src").build();
      k.queries().topXData(query);
      k.queries().topXChart(query, ChartImageType.PNG);
      k.queries().url(query);
      k.synthetics().agents().list();
      k.synthetics().agents().get("1");
      k.synthetics().agents().update("1", SyntheticsAgentUpdate.builder().alias("a").build());
      k.synthetics().agents().delete("1");
      k.synthetics().tests().list();
      k.synthetics().tests().get("1");
      k.synthetics().tests().create(SyntheticsTestCreate.builder().name("t").type("ip").build());
      k.synthetics()
          .tests()
          .update("1", SyntheticsTestUpdate.builder().name("t").type("ip").build());
      k.synthetics().tests().delete("1");
      k.synthetics().tests().setStatus("1", SyntheticsTestStatus.PAUSED);
      SyntheticsResultsQuery results =
          SyntheticsResultsQuery.builder()
              .testIds(List.of("1"))
              .startTime(Instant.EPOCH)
              .endTime(Instant.EPOCH.plusSeconds(60))
              .build();
      k.synthetics().results(results);
      k.synthetics().resultsCsv(results);
      k.synthetics()
          .trace(
              SyntheticsTraceQuery.builder()
                  .testId("1")
                  .startTime(Instant.EPOCH)
                  .endTime(Instant.EPOCH.plusSeconds(60))
                  .build());
      k.synthetics().agentAlerts().list();
      k.synthetics().agentAlerts().get("1");
      k.synthetics()
          .agentAlerts()
          .create(SyntheticsAgentAlertCreate.builder().agentId("1").thresholdSeconds(60).build());
      k.synthetics()
          .agentAlerts()
          .update("1", SyntheticsAgentAlertUpdate.builder().thresholdSeconds(90).build());
      k.synthetics().agentAlerts().delete("1");
      k.deviceInterfaces(1).list();
      k.deviceInterfaces(1).get(5);
      k.deviceInterfaces(1).create(DeviceInterfaceCreate.builder().snmpId("1").build());
      k.deviceInterfaces(1).update(5, DeviceInterfaceUpdate.builder().snmpAlias("a").build());
      k.deviceInterfaces(1).delete(5);
      k.plans().list();
      k.users().list();
      k.users().get(1);
      k.users().create(KentikUserCreate.builder().userEmail("a@example.com").build());
      k.users().update(1, KentikUserUpdate.builder().role("Member").build());
      k.users().delete(1);
      k.tenants().list();
      k.tenants().get(1);
      k.tenants().addUser(1, "a@example.com");
      k.tenants().removeUser(1, 1);
      k.devices().list();
      k.devices().get(1);
      k.devices()
          .create(
              KentikDeviceCreate.builder()
                  .deviceName("d")
                  .deviceSubtype("kprobe")
                  .deviceSampleRate(1)
                  .build());
      k.devices().update(1, KentikDeviceUpdate.builder().deviceSampleRate(2).build());
      k.devices().archive(1);
      k.devices().setLabels(1, 1);
      k.deviceLabels().list();
      k.deviceLabels().get(1);
      k.deviceLabels().create(DeviceLabelCreate.builder().name("l").color("#000000").build());
      k.deviceLabels().update(1, DeviceLabelUpdate.builder().name("m").build());
      k.deviceLabels().delete(1);
      k.sites().list();
      k.sites().get(1);
      k.sites().create(KentikSiteCreate.builder().siteName("s").build());
      k.sites().update(1, KentikSiteUpdate.builder().siteName("t").build());
      k.sites().delete(1);
      k.cloudExports().list();
      k.cloudExports().get("1");
      CloudExportCreate export =
          CloudExportCreate.builder()
              .name("e")
              .planId("1")
              .cloudProvider(CloudProvider.GCE)
              .build();
      k.cloudExports().create(export);
      k.cloudExports()
          .update(
              "1",
              CloudExportUpdate.builder()
                  .name("e")
                  .planId("1")
                  .cloudProvider(CloudProvider.GCE)
                  .build());
      k.cloudExports().delete("1");
      k.alerting()
          .manualMitigation(
              ManualMitigation.builder().ipCidr("192.0.2.1/32").platformId(1).methodId(2).build());
      k.alerting().activeAlarms(AlarmQuery.builder().build());
      k.alerting().alarmHistory(AlarmQuery.builder().build());
    }
    // One request for each of the 18 synthetics operations, each answered from its route.
    assertThat(Set.copyOf(routes.synthetics)).hasSize(18);

    List<Operation> catalogue = catalogue();
    assertThat(catalogue).hasSize(85);
    Set<Operation> covered = new LinkedHashSet<>();
    for (String request : routes.seen) {
      String method = request.substring(0, request.indexOf(' '));
      String path = request.substring(request.indexOf(' ') + 1);
      List<Operation> matches =
          catalogue.stream()
              .filter(op -> op.method().equals(method) && op.pattern().matcher(path).matches())
              .toList();
      assertThat(matches).as("catalogue row for %s", request).hasSize(1);
      covered.add(matches.get(0));
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(catalogue);
  }
}
