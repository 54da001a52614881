package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A measured value with its rolling average and deviation (int64 values, strings on the wire).
 *
 * @param current the value measured
 * @param rollingAvg the rolling average
 * @param rollingStddev the rolling standard deviation
 * @param health the health this value gives
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsMetric(
    @Nullable Long current,
    @Nullable Long rollingAvg,
    @Nullable Long rollingStddev,
    @Nullable String health,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsMetric {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
