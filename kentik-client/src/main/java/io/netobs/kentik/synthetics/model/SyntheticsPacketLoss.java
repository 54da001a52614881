package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A packet loss measured, in percent.
 *
 * @param current the loss measured
 * @param health the health this loss gives
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsPacketLoss(
    @Nullable Double current,
    @Nullable String health,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsPacketLoss {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
