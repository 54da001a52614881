package io.netobs.kentik.synthetics;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.synthetics.model.SyntheticsAgentAlert;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertCreate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertUpdate;
import java.util.List;

/**
 * Alerts on synthetics agents that fall silent. Bodies are bare, answers wrapped ({@code
 * {"agentAlerts": [...]}}, {@code {"agentAlert": {...}}}).
 */
public final class SyntheticsAgentAlerts {
  private final HttpCore core;

  SyntheticsAgentAlerts(HttpCore core) {
    this.core = core;
  }

  /** Every agent alert ({@code GET /synthetics/v202309/agentAlerts}). */
  public List<SyntheticsAgentAlert> list() {
    return core.execute(
        ApiRequest.get("/synthetics/v202309/agentAlerts").build(),
        r -> Answers.list(r, "agentAlerts", SyntheticsAgentAlert.class));
  }

  /**
   * The alerts of some agents ({@code GET /synthetics/v202309/agentAlerts?agentIds=..}, the
   * parameter repeated per agent).
   *
   * @throws IllegalArgumentException when the list is empty or holds a blank id
   */
  public List<SyntheticsAgentAlert> list(List<String> agentIds) {
    Checks.notNull(agentIds, "agentIds");
    if (agentIds.isEmpty()) {
      throw new IllegalArgumentException("agentIds must name at least one agent");
    }
    ApiRequest.Builder request = ApiRequest.get("/synthetics/v202309/agentAlerts");
    for (String agentId : agentIds) {
      request.query("agentIds", Checks.notBlank(agentId, "agentIds[]"));
    }
    return core.execute(
        request.build(), r -> Answers.list(r, "agentAlerts", SyntheticsAgentAlert.class));
  }

  /**
   * One agent alert ({@code GET /synthetics/v202309/agentAlerts/{id}}).
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsAgentAlert get(String id) {
    Checks.notBlank(id, "id");
    return core.execute(
        ApiRequest.get("/synthetics/v202309/agentAlerts/{}", id).build(),
        r -> Answers.object(r, "agentAlert", SyntheticsAgentAlert.class));
  }

  /** Creates an agent alert ({@code POST /synthetics/v202309/agentAlerts}, a bare body). */
  public SyntheticsAgentAlert create(SyntheticsAgentAlertCreate alert) {
    Checks.notNull(alert, "alert");
    return core.execute(
        ApiRequest.post("/synthetics/v202309/agentAlerts").json(alert.toMap()).build(),
        r -> Answers.object(r, "agentAlert", SyntheticsAgentAlert.class));
  }

  /**
   * Changes agent alert {@code id} ({@code PUT /synthetics/v202309/agentAlerts/{id}}, a bare body
   * of the fields set).
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsAgentAlert update(String id, SyntheticsAgentAlertUpdate alert) {
    Checks.notBlank(id, "id");
    Checks.notNull(alert, "alert");
    return core.execute(
        ApiRequest.put("/synthetics/v202309/agentAlerts/{}", id).json(alert.toMap()).build(),
        r -> Answers.object(r, "agentAlert", SyntheticsAgentAlert.class));
  }

  /**
   * Deletes an agent alert ({@code DELETE /synthetics/v202309/agentAlerts/{id}}); this cannot be
   * undone.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public void delete(String id) {
    Checks.notBlank(id, "id");
    core.send(ApiRequest.delete("/synthetics/v202309/agentAlerts/{}", id).build());
  }
}
