package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;

/**
 * One hop of a traceroute.
 *
 * @param latency its latency, in microseconds
 * @param nodeId the node, a key of {@link SyntheticsTrace#nodes()}
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsHop(
    Integer latency,
    String nodeId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsHop {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
