package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.AlarmHistoryEntry;
import io.netobs.kentik.model.KentikAlarm;
import io.netobs.kentik.request.AlarmQuery;
import io.netobs.kentik.request.ManualMitigation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kentik's V5 alerting: the active alarms ({@code GET /alerts-active/alarms}), the alarm history
 * ({@code GET /alerts-active/alerts-history}) and manual mitigations ({@code POST
 * /alerts/manual-mitigate}).
 *
 * <pre>{@code
 * AlarmQuery lastHour = AlarmQuery.builder()
 *     .start(Instant.now().minus(Duration.ofHours(1))).end(Instant.now()).build();
 * for (KentikAlarm alarm : kentik.alerting().activeAlarms(lastHour)) {
 *   System.out.println(alarm.alarmState() + " " + alarm.alertDimension() + "=" + alarm.alertKey());
 * }
 * }</pre>
 */
public final class KentikAlerting {
  private final HttpCore core;

  KentikAlerting(HttpCore core) {
    this.core = core;
  }

  /**
   * The active alarms, matches and mitigations in the query's window ({@code GET
   * /alerts-active/alarms}); the query's sort order is not sent.
   *
   * @param query the window, filter and flags
   * @return the rows, in the order the service sent them
   * @throws NullPointerException when the query is null
   */
  public List<KentikAlarm> activeAlarms(AlarmQuery query) {
    Checks.notNull(query, "query");
    return core.execute(
        withQuery(ApiRequest.get("/alerts-active/alarms"), query.toAlarmsQuery()),
        r -> Answers.list(r, null, KentikAlarm.class));
  }

  /**
   * The changes of alarm states in the query's window ({@code GET /alerts-active/alerts-history}).
   *
   * @param query the window, filter, sort order and flags
   * @return the rows, in the order the service sent them
   * @throws NullPointerException when the query is null
   */
  public List<AlarmHistoryEntry> alarmHistory(AlarmQuery query) {
    Checks.notNull(query, "query");
    return core.execute(
        withQuery(ApiRequest.get("/alerts-active/alerts-history"), query.toHistoryQuery()),
        r -> Answers.list(r, null, AlarmHistoryEntry.class));
  }

  /**
   * Starts a manual mitigation ({@code POST /alerts/manual-mitigate}). Not undone by any call of
   * this API: the mitigation runs until its {@code minutesBeforeAutoStop} have passed or, without
   * them, until someone stops it in the portal. Not retried after a failure the service may have
   * acted on.
   *
   * @param mitigation the address, platform, method and duration
   * @return the service's result, {@code OK} on success; null when the answer carries none
   * @throws NullPointerException when the mitigation is null
   */
  public @Nullable String manualMitigation(ManualMitigation mitigation) {
    Checks.notNull(mitigation, "mitigation");
    return core.execute(
        ApiRequest.post("/alerts/manual-mitigate").json(mitigation.toMap()).build(),
        KentikAlerting::result);
  }

  private static ApiRequest withQuery(ApiRequest.Builder request, Map<String, String> query) {
    query.forEach(request::query);
    return request.build();
  }

  /** The {@code result} of {@code {"response": {"result": "OK"}}}, or of a bare object. */
  private static String result(ApiResponse response) throws IOException {
    Map<?, ?> answer = Answers.object(response, "response", Map.class);
    Object result = answer.get("result");
    return result == null ? null : result.toString();
  }
}
