package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.synthetics.Synthetics;
import io.netobs.kentik.synthetics.model.IpTestSettings;
import io.netobs.kentik.synthetics.model.SyntheticsAgent;
import io.netobs.kentik.synthetics.model.SyntheticsAgentAlert;
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
import io.netobs.testing.FakeKentik;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every synthetics v202309 operation against the stateful fake Kentik, through the SDK. */
class FakeKentikSyntheticsTest {
  private final TestClock clock = new TestClock();
  private final FakeKentik fake = FakeKentik.builder().clock(clock).start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());
  private final Synthetics synthetics = kentik.synthetics();

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikSyntheticsTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  static SyntheticsTestSettings pingSettings(List<String> agentIds) {
    return new SyntheticsTestSettings(
        null,
        new IpTestSettings(List.of("192.0.2.53"), false, null),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        agentIds,
        List.of("ping", "traceroute"),
        null,
        null,
        null,
        60L,
        "IP_FAMILY_V4",
        List.of(),
        "dns servers",
        null,
        null);
  }

  private SyntheticsTest createPingTest() {
    return synthetics
        .tests()
        .create(
            SyntheticsTestCreate.builder()
                .name("dns servers")
                .type("ip")
                .settings(pingSettings(List.of("1001", "1002")))
                .labels(List.of("dns"))
                .build());
  }

  @Test
  void agentsAreSeededReadChangedAndDeleted() {
    List<SyntheticsAgent> agents = synthetics.agents().list();
    assertThat(agents).extracting(SyntheticsAgent::id).containsExactly("1001", "1002", "2001");
    SyntheticsAgent office = synthetics.agents().get("2001");
    assertThat(office.asn()).isEqualTo(64512L);
    assertThat(office.type()).isEqualTo("private");

    SyntheticsAgent renamed =
        synthetics
            .agents()
            .update(
                "2001",
                SyntheticsAgentUpdate.builder()
                    .from(office)
                    .alias("wellington office")
                    .labels(List.of("office"))
                    .build());

    assertThat(renamed.alias()).isEqualTo("wellington office");
    assertThat(synthetics.agents().get("2001").labels()).containsExactly("office");
    assertThat(synthetics.agents().get("2001").metadata()).isEqualTo(office.metadata());
    synthetics.agents().delete("2001");
    assertThatThrownBy(() -> synthetics.agents().get("2001"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("2001");
  }

  @Test
  void testsAreCreatedUpdatedPausedAndDeleted() {
    clock.advance(Duration.ofMinutes(5));
    SyntheticsTest created = createPingTest();
    assertThat(created.id()).isNotBlank();
    assertThat(created.status()).isEqualTo(SyntheticsTestStatus.ACTIVE);
    assertThat(created.cdate()).isEqualTo(clock.instant());
    assertThat(created.settings().ip().targets()).containsExactly("192.0.2.53");
    assertThat(synthetics.tests().list()).containsExactly(created);

    clock.advance(Duration.ofMinutes(1));
    SyntheticsTest updated =
        synthetics
            .tests()
            .update(
                created.id(),
                SyntheticsTestUpdate.builder().from(created).name("resolvers").build());
    assertThat(updated.name()).isEqualTo("resolvers");
    assertThat(updated.edate()).isEqualTo(clock.instant());
    assertThat(updated.cdate()).isEqualTo(created.cdate());
    assertThat(synthetics.tests().get(created.id()).name()).isEqualTo("resolvers");
    assertThat(synthetics.tests().get(created.id()).labels()).containsExactly("dns");

    synthetics.tests().setStatus(created.id(), SyntheticsTestStatus.PAUSED);
    assertThat(synthetics.tests().get(created.id()).status())
        .isEqualTo(SyntheticsTestStatus.PAUSED);

    synthetics.tests().delete(created.id());
    assertThat(synthetics.tests().list()).isEmpty();
    assertThatThrownBy(() -> synthetics.tests().get(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusalsComeInTheGatewayShapeAsTypedExceptions() {
    SyntheticsTest created = createPingTest();
    assertThatThrownBy(
            () ->
                synthetics
                    .tests()
                    .setStatus(created.id(), SyntheticsTestStatus.of("TEST_STATUS_NONSENSE")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("TEST_STATUS_NONSENSE");
    assertThatThrownBy(
            () ->
                synthetics
                    .agentAlerts()
                    .create(
                        SyntheticsAgentAlertCreate.builder()
                            .agentId("9999")
                            .thresholdSeconds(60)
                            .build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("9999");
  }

  @Test
  void resultsAndCsvAreComputedFromTheTestAgentsAndWindow() {
    SyntheticsTest test = createPingTest();
    Instant start = Instant.parse("2026-01-01T00:00:30Z");
    SyntheticsResultsQuery query =
        SyntheticsResultsQuery.builder()
            .testIds(List.of(test.id()))
            .startTime(start)
            .endTime(start.plus(Duration.ofMinutes(5)))
            .build();

    List<SyntheticsTestResults> results = synthetics.results(query);

    assertThat(results).hasSize(5);
    assertThat(results.get(0).time()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
    assertThat(results.get(0).agents())
        .extracting(a -> a.agentId())
        .containsExactly("1001", "1002");
    Long latency = results.get(0).agents().get(0).tasks().get(0).ping().latency().current();
    assertThat(latency).isBetween(20_000L, 180_000L);
    assertThat(synthetics.results(query)).isEqualTo(results);

    List<SyntheticsTestResults> oneAgent =
        synthetics.results(query.toBuilder().agentIds(List.of("1002")).build());
    assertThat(oneAgent.get(0).agents()).extracting(a -> a.agentId()).containsExactly("1002");

    SyntheticsResultsCsv csv = synthetics.resultsCsv(query);
    assertThat(csv.contentType()).isEqualTo("text/csv");
    assertThat(csv.text().lines()).hasSize(1 + 5 * 2);
    assertThat(csv.text()).contains("2026-01-01T00:01:00Z," + test.id() + ",1001," + latency);
  }

  @Test
  void traceHasANodeForEveryHopAndAPathPerAgent() {
    SyntheticsTest test = createPingTest();

    SyntheticsTrace trace =
        synthetics.trace(
            SyntheticsTraceQuery.builder()
                .testId(test.id())
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .endTime(Instant.parse("2026-01-01T00:10:00Z"))
                .agentIds(List.of("1001"))
                .build());

    assertThat(trace.paths()).hasSize(1);
    assertThat(trace.paths().get(0).targetIp()).isEqualTo("192.0.2.53");
    assertThat(trace.paths().get(0).traces().get(0).hops())
        .allSatisfy(hop -> assertThat(trace.nodes()).containsKey(hop.nodeId()));
    assertThat(trace.nodes().get("n-target").ip()).isEqualTo("192.0.2.53");
  }

  @Test
  void agentAlertsAreCreatedListedChangedAndDeleted() {
    SyntheticsAgentAlert alert =
        synthetics
            .agentAlerts()
            .create(
                SyntheticsAgentAlertCreate.builder()
                    .agentId("1001")
                    .thresholdSeconds(300)
                    .notificationChannelIds(List.of("12"))
                    .build());
    synthetics
        .agentAlerts()
        .create(SyntheticsAgentAlertCreate.builder().agentId("1002").thresholdSeconds(60).build());

    assertThat(alert.agentName()).isEqualTo("akl-global");
    assertThat(synthetics.agentAlerts().list()).hasSize(2);
    assertThat(synthetics.agentAlerts().list(List.of("1001"))).containsExactly(alert);

    synthetics
        .agentAlerts()
        .update(alert.id(), SyntheticsAgentAlertUpdate.builder().thresholdSeconds(900).build());
    SyntheticsAgentAlert read = synthetics.agentAlerts().get(alert.id());
    assertThat(read.thresholdSeconds()).isEqualTo(900L);
    assertThat(read.notificationChannelIds()).containsExactly("12");

    synthetics.agentAlerts().delete(alert.id());
    assertThat(synthetics.agentAlerts().list()).hasSize(1);
  }
}
