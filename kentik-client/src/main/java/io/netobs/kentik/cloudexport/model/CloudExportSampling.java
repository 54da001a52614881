package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an export samples the flow logs it reads.
 *
 * @param samplingEnabled whether sampling is on; null when not reported
 * @param samplingType rate-based or unsampled; null when not reported
 * @param samplingRate the sampling rate (a string on the wire); null when not reported
 * @param unknownFields fields this SDK does not know
 */
public record CloudExportSampling(
    @JsonProperty("samplingEnabled") @Nullable Boolean samplingEnabled,
    @JsonProperty("samplingType") @Nullable CloudExportSamplingType samplingType,
    @JsonProperty("samplingRate") @Nullable Long samplingRate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public CloudExportSampling {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
