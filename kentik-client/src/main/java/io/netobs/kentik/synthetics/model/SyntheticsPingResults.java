package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a ping task measured.
 *
 * @param target the target
 * @param packetLoss the packet loss
 * @param latency the latency, in microseconds
 * @param jitter the jitter, in microseconds
 * @param dstIp the address pinged
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsPingResults(
    @Nullable String target,
    @Nullable SyntheticsPacketLoss packetLoss,
    @Nullable SyntheticsMetric latency,
    @Nullable SyntheticsMetric jitter,
    @Nullable String dstIp,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsPingResults {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
