package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Google Cloud settings of an export. Flags are null when the answer did not carry them.
 *
 * @param project the project whose flow logs are read
 * @param subscription the Pub/Sub subscription that delivers the flow logs
 * @param metadataOnly whether only metadata is imported, no flows
 * @param collectFlowLogs whether flow logs are collected besides metadata
 * @param collectMetrics whether metrics are collected too
 * @param unknownFields fields this SDK does not know
 */
public record GceProperties(
    @JsonProperty("project") @Nullable String project,
    @JsonProperty("subscription") @Nullable String subscription,
    @JsonProperty("metadataOnly") @Nullable Boolean metadataOnly,
    @JsonProperty("collectFlowLogs") @Nullable Boolean collectFlowLogs,
    @JsonProperty("collectMetrics") @Nullable Boolean collectMetrics,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public GceProperties {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
