package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The traceroutes from one agent to one target address.
 *
 * @param agentId the agent
 * @param targetIp the target address
 * @param hopCount hops per trace: average, min and max
 * @param maxAsPathLength the longest AS path seen
 * @param traces the traces
 * @param time when they were taken
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTracePath(
    @Nullable String agentId,
    @Nullable String targetIp,
    @Nullable SyntheticsHopCount hopCount,
    @Nullable Integer maxAsPathLength,
    List<SyntheticsRoute> traces,
    @Nullable Instant time,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTracePath {
    traces = Maps.list(traces);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
