package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an HTTP task measured.
 *
 * @param target the target
 * @param latency the latency, in microseconds
 * @param response the response (status, size, ...), as sent
 * @param dstIp the address requested
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsHttpResults(
    @Nullable String target,
    @Nullable SyntheticsMetric latency,
    Map<String, @Nullable Object> response,
    @Nullable String dstIp,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsHttpResults {
    response = Maps.unknown(response);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
