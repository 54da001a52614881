package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;

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
    @JsonProperty("project") String project,
    @JsonProperty("subscription") String subscription,
    @JsonProperty("metadataOnly") Boolean metadataOnly,
    @JsonProperty("collectFlowLogs") Boolean collectFlowLogs,
    @JsonProperty("collectMetrics") Boolean collectMetrics,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public GceProperties {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
