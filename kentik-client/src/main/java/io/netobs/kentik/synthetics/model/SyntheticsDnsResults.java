package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a DNS task measured.
 *
 * @param target the name queried
 * @param server the server asked
 * @param latency the latency, in microseconds
 * @param response the response (status, data), as sent
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsDnsResults(
    @Nullable String target,
    @Nullable String server,
    @Nullable SyntheticsMetric latency,
    Map<String, @Nullable Object> response,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsDnsResults {
    response = Maps.unknown(response);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
