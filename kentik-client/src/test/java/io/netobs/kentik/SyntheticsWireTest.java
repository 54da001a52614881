package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.kentik.synthetics.model.IpTestSettings;
import io.netobs.kentik.synthetics.model.SyntheticsAgent;
import io.netobs.kentik.synthetics.model.SyntheticsAgentAlert;
import io.netobs.kentik.synthetics.model.SyntheticsAgentStatus;
import io.netobs.kentik.synthetics.model.SyntheticsResultsCsv;
import io.netobs.kentik.synthetics.model.SyntheticsTest;
import io.netobs.kentik.synthetics.model.SyntheticsTestResults;
import io.netobs.kentik.synthetics.model.SyntheticsTestSettings;
import io.netobs.kentik.synthetics.model.SyntheticsTestStatus;
import io.netobs.kentik.synthetics.model.SyntheticsTrace;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertCreate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsResultsQuery;
import io.netobs.kentik.synthetics.request.SyntheticsTestCreate;
import io.netobs.kentik.synthetics.request.SyntheticsTestUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsTraceQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The synthetics v202309 calls on the wire: methods, paths from the gateway root, bodies. */
class SyntheticsWireTest {
  /** An agent as the gateway sends it: int64 as a string, a status and a field this SDK lacks. */
  static final String AGENT =
      q(
          "{'id': '1001', 'siteName': 'AKL', 'status': 'AGENT_STATUS_OK', 'alias': 'akl', 'type': 'global',"
              + " 'os': 'Linux', 'ip': '203.0.113.10', 'lat': -36.85, 'long': 174.76, 'lastAuthed': '2026-01-02T03:04:05.123Z',"
              + " 'family': 'IP_FAMILY_DUAL', 'asn': '9500', 'siteId': '77', 'version': '1.2.3', 'testIds': ['3001'],"
              + " 'labels': ['nz'], 'metadata': {'publicIpv4Addresses': [{'value': '203.0.113.10'}]}, 'brandNew': {'x': 1}}");

  /** A test of a type this SDK has no block for, with an unknown settings block and status. */
  static final String TEST =
      q(
          "{'id': '3001', 'name': 'bgp', 'type': 'bgp_monitor', 'status': 'TEST_STATUS_SOMETHING_NEW',"
              + " 'settings': {'agentIds': ['1001'], 'tasks': ['ping'], 'period': '60', 'family': 'IP_FAMILY_V4',"
              + " 'ip': {'targets': ['192.0.2.1'], 'useLocalIp': false}, 'healthSettings': {'latencyCritical': 100, 'httpValidCodes': [200],"
              + " 'futureThreshold': 3}, 'bgpMonitor': {'prefixes': ['192.0.2.0/24']}},"
              + " 'cdate': '2026-01-01T00:00:00Z', 'edate': '2026-01-02T00:00:00Z',"
              + " 'createdBy': {'id': '144', 'email': 'a@example.com', 'fullName': 'A'}, 'labels': []}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  private RecordedRequest take(String method, String path) {
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    return r;
  }

  @Test
  void agentsAreReadFromTheGatewayRootAndDecodeTheirRealShape() {
    kentik.answer(200, "{\"agents\": [" + AGENT + "], \"invalidCount\": \"0\"}");
    kentik.answer(200, "{\"agent\": " + AGENT + "}");

    List<SyntheticsAgent> agents = kentik.client.synthetics().agents().list();
    SyntheticsAgent one = kentik.client.synthetics().agents().get("1001");

    take("GET", "/synthetics/v202309/agents");
    take("GET", "/synthetics/v202309/agents/1001");
    assertThat(agents).containsExactly(one);
    assertThat(one.asn()).isEqualTo(9500L);
    assertThat(one.latitude()).isEqualTo(-36.85);
    assertThat(one.longitude()).isEqualTo(174.76);
    assertThat(one.status()).isEqualTo(SyntheticsAgentStatus.OK);
    assertThat(one.lastAuthed()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123Z"));
    assertThat(one.metadata()).containsKey("publicIpv4Addresses");
    assertThat(one.unknownFields()).containsEntry("brandNew", Map.of("x", 1));
  }

  @Test
  void agentUpdateSendsTheWholeAgentWrappedWithItsIdAndKeepsUnknownFields() {
    kentik.answer(200, "{\"agent\": " + AGENT + "}");
    kentik.answer(200, "{\"agent\": " + AGENT + "}");
    kentik.answer(200, "{}");
    SyntheticsAgent agent = kentik.client.synthetics().agents().get("1001");

    kentik
        .client
        .synthetics()
        .agents()
        .update("1001", SyntheticsAgentUpdate.builder().from(agent).alias("edge").build());
    kentik.client.synthetics().agents().delete("1001");

    take("GET", "/synthetics/v202309/agents/1001");
    RecordedRequest put = take("PUT", "/synthetics/v202309/agents/1001");
    assertThat(MockKentik.json(put).path("agent").path("alias").asText()).isEqualTo("edge");
    assertThat(MockKentik.json(put).path("agent").path("id").asText()).isEqualTo("1001");
    assertThat(MockKentik.json(put).path("agent").path("long").asDouble()).isEqualTo(174.76);
    assertThat(MockKentik.json(put).path("agent").path("brandNew").path("x").asInt()).isEqualTo(1);
    take("DELETE", "/synthetics/v202309/agents/1001");
  }

  @Test
  void testCreateSendsTheWrappedTestWithOnlyTheFieldsSet() {
    kentik.answer(200, "{\"test\": " + TEST + "}");
    SyntheticsTestSettings settings =
        new SyntheticsTestSettings(
            null,
            new IpTestSettings(List.of("192.0.2.1"), null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("1001"),
            List.of("ping", "traceroute"),
            null,
            null,
            null,
            60L,
            "IP_FAMILY_V4",
            null,
            null,
            null,
            null);

    SyntheticsTest created =
        kentik
            .client
            .synthetics()
            .tests()
            .create(
                SyntheticsTestCreate.builder()
                    .name("dns servers")
                    .type("ip")
                    .status(SyntheticsTestStatus.ACTIVE)
                    .settings(settings)
                    .build());

    RecordedRequest r = take("POST", "/synthetics/v202309/tests");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'test':{'name':'dns servers','type':'ip','status':'TEST_STATUS_ACTIVE','settings':{"
                    + "'ip':{'targets':['192.0.2.1']},'agentIds':['1001'],'tasks':['ping','traceroute'],"
                    + "'period':60,'family':'IP_FAMILY_V4'}}}"));
    assertThat(created.id()).isEqualTo("3001");
  }

  @Test
  void aTestOfAnUnknownTypeReadsAndWritesBackWhole() {
    kentik.answer(200, "{\"tests\": [" + TEST + "], \"invalidCount\": \"0\"}");
    kentik.answer(200, "{\"test\": " + TEST + "}");

    SyntheticsTest test = kentik.client.synthetics().tests().list().get(0);
    kentik
        .client
        .synthetics()
        .tests()
        .update(test.id(), SyntheticsTestUpdate.builder().from(test).name("bgp 2").build());

    take("GET", "/synthetics/v202309/tests");
    assertThat(test.type()).isEqualTo("bgp_monitor");
    assertThat(test.status().isKnown()).isFalse();
    assertThat(test.status().value()).isEqualTo("TEST_STATUS_SOMETHING_NEW");
    assertThat(test.settings().period()).isEqualTo(60L);
    assertThat(test.settings().healthSettings().latencyCritical()).isEqualTo(100.0);
    assertThat(test.settings().healthSettings().unknownFields())
        .containsEntry("futureThreshold", 3);
    assertThat(test.settings().unknownFields()).containsKey("bgpMonitor");
    assertThat(test.createdBy().email()).isEqualTo("a@example.com");
    RecordedRequest put = take("PUT", "/synthetics/v202309/tests/3001");
    var sent = MockKentik.json(put).path("test");
    assertThat(sent.path("id").asText()).isEqualTo("3001");
    assertThat(sent.path("name").asText()).isEqualTo("bgp 2");
    assertThat(sent.path("status").asText()).isEqualTo("TEST_STATUS_SOMETHING_NEW");
    assertThat(sent.path("settings").path("bgpMonitor").path("prefixes").get(0).asText())
        .isEqualTo("192.0.2.0/24");
    assertThat(sent.path("settings").path("healthSettings").path("futureThreshold").asInt())
        .isEqualTo(3);
  }

  @Test
  void statusAndDeleteSendTheirPathsAndBody() {
    kentik.answer(200, "{}");
    kentik.answer(200, "{}");

    kentik.client.synthetics().tests().setStatus("3001", SyntheticsTestStatus.PAUSED);
    kentik.client.synthetics().tests().delete("3001");

    RecordedRequest status = take("PUT", "/synthetics/v202309/tests/3001/status");
    assertThat(body(status)).isEqualTo(q("{'id':'3001','status':'TEST_STATUS_PAUSED'}"));
    take("DELETE", "/synthetics/v202309/tests/3001");
  }

  @Test
  void resultsSendTheWindowAndDecodeMetricsFromStrings() {
    kentik.answer(
        200,
        q(
            "{'results': [{'testId': '3001', 'time': '2026-01-01T00:01:00Z', 'health': 'healthy', 'agents': [{'agentId': '1001',"
                + " 'health': 'healthy', 'tasks': [{'ping': {'target': '192.0.2.1', 'packetLoss': {'current': 0, 'health': 'healthy'},"
                + " 'latency': {'current': '25000', 'rollingAvg': '24000', 'rollingStddev': '10', 'health': 'healthy'},"
                + " 'jitter': {'current': 100}, 'dstIp': '192.0.2.1'}, 'health': 'healthy', 'throughput': {'x': 1}}]}]}]}"));
    kentik.answer(200, "{\"contentType\": \"text/csv\", \"data\": \"YSxiCg==\"}");
    SyntheticsResultsQuery query =
        SyntheticsResultsQuery.builder()
            .testIds(List.of("3001"))
            .startTime(Instant.parse("2026-01-01T00:00:00Z"))
            .endTime(Instant.parse("2026-01-01T01:00:00Z"))
            .agentIds(List.of("1001"))
            .aggregate(false)
            .build();

    List<SyntheticsTestResults> results = kentik.client.synthetics().results(query);
    SyntheticsResultsCsv csv = kentik.client.synthetics().resultsCsv(query);

    String expected =
        q(
            "{'ids':['3001'],'startTime':'2026-01-01T00:00:00Z','endTime':'2026-01-01T01:00:00Z',"
                + "'agentIds':['1001'],'aggregate':false}");
    assertThat(body(take("POST", "/synthetics/v202309/results"))).isEqualTo(expected);
    assertThat(body(take("POST", "/synthetics/v202309/results/csv"))).isEqualTo(expected);
    SyntheticsTestResults r = results.get(0);
    assertThat(r.time()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
    var task = r.agents().get(0).tasks().get(0);
    assertThat(task.ping().latency().current()).isEqualTo(25_000L);
    assertThat(task.ping().latency().rollingAvg()).isEqualTo(24_000L);
    assertThat(task.ping().jitter().current()).isEqualTo(100L);
    assertThat(task.ping().packetLoss().current()).isEqualTo(0.0);
    assertThat(task.unknownFields()).containsKey("throughput");
    assertThat(csv.contentType()).isEqualTo("text/csv");
    assertThat(csv.text()).isEqualTo("a,b\n");
  }

  @Test
  void traceSendsItsQueryAndDecodesNodesAndPaths() {
    kentik.answer(
        200,
        q(
            "{'nodes': {'n1': {'ip': '192.0.2.1', 'asn': '64500', 'asName': 'X', 'location': {'country': 'NZ'}}},"
                + " 'paths': [{'agentId': '1001', 'targetIp': '192.0.2.9', 'hopCount': {'average': 3, 'min': 2, 'max': 4},"
                + " 'maxAsPathLength': 2, 'traces': [{'asPath': [64500, 64501], 'isComplete': true,"
                + " 'hops': [{'latency': 1200, 'nodeId': 'n1'}]}], 'time': '2026-01-01T00:00:00Z'}]}"));

    SyntheticsTrace trace =
        kentik
            .client
            .synthetics()
            .trace(
                SyntheticsTraceQuery.builder()
                    .testId("3001")
                    .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                    .endTime(Instant.parse("2026-01-01T00:10:00Z"))
                    .targetIps(List.of("192.0.2.9"))
                    .build());

    assertThat(body(take("POST", "/synthetics/v202309/trace")))
        .isEqualTo(
            q(
                "{'id':'3001','startTime':'2026-01-01T00:00:00Z','endTime':'2026-01-01T00:10:00Z',"
                    + "'targetIps':['192.0.2.9']}"));
    assertThat(trace.nodes().get("n1").asn()).isEqualTo(64500L);
    assertThat(trace.paths().get(0).hopCount().max()).isEqualTo(4);
    assertThat(trace.paths().get(0).traces().get(0).asPath()).containsExactly(64500L, 64501L);
    assertThat(trace.paths().get(0).traces().get(0).hops().get(0).nodeId()).isEqualTo("n1");
  }

  @Test
  void agentAlertsSendBareBodiesAndRepeatTheAgentParameter() {
    String alert =
        q(
            "{'agentAlert': {'id': '501', 'thresholdSeconds': '300', 'notificationChannelIds': ['9'],"
                + " 'agentId': '1001', 'agentName': 'akl'}}");
    kentik.answer(200, "{\"agentAlerts\": []}");
    kentik.answer(200, "{\"agentAlerts\": []}");
    kentik.answer(200, alert);
    kentik.answer(200, alert);
    kentik.answer(200, alert);
    kentik.answer(200, "{}");
    var alerts = kentik.client.synthetics().agentAlerts();

    alerts.list();
    alerts.list(List.of("1001", "1002"));
    SyntheticsAgentAlert created =
        alerts.create(
            SyntheticsAgentAlertCreate.builder()
                .agentId("1001")
                .thresholdSeconds(300)
                .notificationChannelIds(List.of("9"))
                .build());
    alerts.get("501");
    alerts.update("501", SyntheticsAgentAlertUpdate.builder().thresholdSeconds(600).build());
    alerts.delete("501");

    take("GET", "/synthetics/v202309/agentAlerts");
    RecordedRequest filtered = take("GET", "/synthetics/v202309/agentAlerts");
    assertThat(filtered.getUrl().encodedQuery()).isEqualTo("agentIds=1001&agentIds=1002");
    assertThat(body(take("POST", "/synthetics/v202309/agentAlerts")))
        .isEqualTo(q("{'agentId':'1001','thresholdSeconds':'300','notificationChannelIds':['9']}"));
    take("GET", "/synthetics/v202309/agentAlerts/501");
    assertThat(body(take("PUT", "/synthetics/v202309/agentAlerts/501")))
        .isEqualTo(q("{'thresholdSeconds':'600'}"));
    take("DELETE", "/synthetics/v202309/agentAlerts/501");
    assertThat(created.thresholdSeconds()).isEqualTo(300L);
    assertThat(created.notificationChannelIds()).containsExactly("9");
  }

  @Test
  void gatewayErrorsReachTheCallerTypedWithTheirMessage() {
    kentik.answer(404, q("{'code': 5, 'message': 'test 9 not found', 'details': []}"));
    kentik.answer(400, q("{'code': 3, 'message': 'test.name is required', 'details': []}"));

    assertThatThrownBy(() -> kentik.client.synthetics().tests().get("9"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("test 9 not found");
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .synthetics()
                    .tests()
                    .update("9", SyntheticsTestUpdate.builder().name("x").type("ip").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("test.name is required");
  }

  @Test
  void whatTheGatewayCertainlyRefusesIsRefusedBeforeSending() {
    assertThatThrownBy(() -> SyntheticsTestCreate.builder().type("ip").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> SyntheticsTestCreate.builder().name("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> SyntheticsAgentAlertCreate.builder().thresholdSeconds(60).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agentId");
    assertThatThrownBy(() -> SyntheticsAgentAlertUpdate.builder().thresholdSeconds(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thresholdSeconds");
    assertThatThrownBy(
            () ->
                SyntheticsResultsQuery.builder()
                    .testIds(List.of("1"))
                    .startTime(Instant.EPOCH)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endTime");
    assertThatThrownBy(() -> kentik.client.synthetics().tests().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(kentik.server.getRequestCount()).isZero();
  }
}
