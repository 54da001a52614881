package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many hops traces took.
 *
 * @param average the average
 * @param min the fewest
 * @param max the most
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsHopCount(
    @Nullable Integer average,
    @Nullable Integer min,
    @Nullable Integer max,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsHopCount {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
