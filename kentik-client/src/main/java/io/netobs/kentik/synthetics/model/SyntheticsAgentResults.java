package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results of one agent for a test: its health and its tasks' results.
 *
 * @param agentId the agent
 * @param health the agent's health for the test
 * @param tasks the results per task
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsAgentResults(
    @Nullable String agentId,
    @Nullable String health,
    List<SyntheticsTaskResults> tasks,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsAgentResults {
    tasks = Maps.list(tasks);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
