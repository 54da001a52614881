package io.netobs.kentik.synthetics;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.synthetics.model.SyntheticsAgent;
import io.netobs.kentik.synthetics.request.SyntheticsAgentUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetics agents the account sees: Kentik's global agents and its own private ones. Answers
 * are wrapped ({@code {"agents": [...]}}, {@code {"agent": {...}}}).
 */
public final class SyntheticsAgents {
  private final HttpCore core;

  SyntheticsAgents(HttpCore core) {
    this.core = core;
  }

  /** Every agent ({@code GET /synthetics/v202309/agents}). */
  public List<SyntheticsAgent> list() {
    return core.execute(
        ApiRequest.get("/synthetics/v202309/agents").build(),
        r -> Answers.list(r, "agents", SyntheticsAgent.class));
  }

  /**
   * One agent ({@code GET /synthetics/v202309/agents/{id}}).
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsAgent get(String id) {
    Checks.notBlank(id, "id");
    return core.execute(
        ApiRequest.get("/synthetics/v202309/agents/{}", id).build(),
        r -> Answers.object(r, "agent", SyntheticsAgent.class));
  }

  /**
   * Replaces agent {@code id} ({@code PUT /synthetics/v202309/agents/{id}}, body {@code {"agent":
   * {...}}}) with the fields of {@code agent} and {@code id}. The gateway replaces the whole agent:
   * start the update {@link SyntheticsAgentUpdate.Builder#from(SyntheticsAgent) from} the agent as
   * read.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsAgent update(String id, SyntheticsAgentUpdate agent) {
    Checks.notBlank(id, "id");
    Checks.notNull(agent, "agent");
    Map<String, Object> body = new LinkedHashMap<>(agent.toMap());
    body.put("id", id);
    return core.execute(
        ApiRequest.put("/synthetics/v202309/agents/{}", id).json(Map.of("agent", body)).build(),
        r -> Answers.object(r, "agent", SyntheticsAgent.class));
  }

  /**
   * Deletes a private agent ({@code DELETE /synthetics/v202309/agents/{id}}). This cannot be
   * undone: the agent must be installed and authorized again to come back, and its tests lose it.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public void delete(String id) {
    Checks.notBlank(id, "id");
    core.send(ApiRequest.delete("/synthetics/v202309/agents/{}", id).build());
  }
}
