package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One hop of a traceroute.
 *
 * @param latency its latency, in microseconds
 * @param nodeId the node, a key of {@link SyntheticsTrace#nodes()}
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsHop(
    @Nullable Integer latency,
    @Nullable String nodeId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsHop {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
