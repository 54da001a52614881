package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;

/**
 * How an export samples the flow logs it reads.
 *
 * @param samplingEnabled whether sampling is on; null when not reported
 * @param samplingType rate-based or unsampled; null when not reported
 * @param samplingRate the sampling rate (a string on the wire); null when not reported
 * @param unknownFields fields this SDK does not know
 */
public record CloudExportSampling(
    @JsonProperty("samplingEnabled") Boolean samplingEnabled,
    @JsonProperty("samplingType") CloudExportSamplingType samplingType,
    @JsonProperty("samplingRate") Long samplingRate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public CloudExportSampling {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
