package io.netobs.kentik.synthetics;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.synthetics.model.SyntheticsResultsCsv;
import io.netobs.kentik.synthetics.model.SyntheticsTestResults;
import io.netobs.kentik.synthetics.model.SyntheticsTrace;
import io.netobs.kentik.synthetics.request.SyntheticsResultsQuery;
import io.netobs.kentik.synthetics.request.SyntheticsTraceQuery;
import java.util.List;

/**
 * Kentik's synthetics API, version v202309, on the v6 gateway: {@link #agents()}, {@link #tests()},
 * {@link #agentAlerts()}, and the results and traces of tests.
 *
 * <pre>{@code
 * Synthetics synthetics = client.synthetics();
 * for (SyntheticsTestResults r : synthetics.results(SyntheticsResultsQuery.builder()
 *     .testIds(List.of("1234")).startTime(hourAgo).endTime(now).build())) {
 *   System.out.println(r.time() + " " + r.health());
 * }
 * }</pre>
 */
public final class Synthetics {
  private final HttpCore core;
  private final SyntheticsAgents agents;
  private final SyntheticsTests tests;
  private final SyntheticsAgentAlerts agentAlerts;

  /**
   * The synthetics API on {@code core}, the v6 gateway's core. For the client, which makes it once;
   * users reach it through {@code KentikClient.synthetics()}.
   *
   * @param core the v6 gateway's core
   * @return the synthetics API
   */
  public static Synthetics on(HttpCore core) {
    return new Synthetics(Checks.notNull(core, "core"));
  }

  private Synthetics(HttpCore core) {
    this.core = core;
    this.agents = new SyntheticsAgents(core);
    this.tests = new SyntheticsTests(core);
    this.agentAlerts = new SyntheticsAgentAlerts(core);
  }

  /** The agents. */
  public SyntheticsAgents agents() {
    return agents;
  }

  /** The tests. */
  public SyntheticsTests tests() {
    return tests;
  }

  /** The alerts on silent agents. */
  public SyntheticsAgentAlerts agentAlerts() {
    return agentAlerts;
  }

  /**
   * The results of tests in a time window, per test and time, with each agent's and task's health
   * and measurements ({@code POST /synthetics/v202309/results}).
   */
  public List<SyntheticsTestResults> results(SyntheticsResultsQuery query) {
    Checks.notNull(query, "query");
    return core.execute(
        ApiRequest.post("/synthetics/v202309/results").json(query.toMap()).build(),
        r -> Answers.list(r, "results", SyntheticsTestResults.class));
  }

  /** The same results as a CSV file ({@code POST /synthetics/v202309/results/csv}). */
  public SyntheticsResultsCsv resultsCsv(SyntheticsResultsQuery query) {
    Checks.notNull(query, "query");
    return core.execute(
        ApiRequest.post("/synthetics/v202309/results/csv").json(query.toMap()).build(),
        r -> Answers.object(r, null, SyntheticsResultsCsv.class));
  }

  /**
   * The traceroutes of a test in a time window: the nodes seen and the paths from agents to targets
   * ({@code POST /synthetics/v202309/trace}).
   */
  public SyntheticsTrace trace(SyntheticsTraceQuery query) {
    Checks.notNull(query, "query");
    return core.execute(
        ApiRequest.post("/synthetics/v202309/trace").json(query.toMap()).build(),
        r -> Answers.object(r, null, SyntheticsTrace.class));
  }
}
