package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The target of an {@code agent} test: another agent.
 *
 * @param target the id of the agent tested
 * @param useLocalIp whether to test its private address
 * @param reciprocal whether the target tests back
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record AgentTestSettings(
    @Nullable String target,
    @Nullable Boolean useLocalIp,
    @Nullable Boolean reciprocal,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public AgentTestSettings {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
