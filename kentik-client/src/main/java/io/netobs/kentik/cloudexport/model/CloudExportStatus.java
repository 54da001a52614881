package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The runtime status of an export's collection process, as Kentik reports it.
 *
 * @param status the state of the export task, in Kentik's words (e.g. {@code OK})
 * @param errorMessage the last error; empty or null when there is none
 * @param flowFound whether any flow data was exported; null when not reported
 * @param apiAccess whether the process can reach the cloud's API; null when not reported
 * @param storageAccountAccess whether the process can read the storage holding the flow logs; null
 *     when not reported
 * @param unknownFields fields this SDK does not know
 */
public record CloudExportStatus(
    @JsonProperty("status") @Nullable String status,
    @JsonProperty("errorMessage") @Nullable String errorMessage,
    @JsonProperty("flowFound") @Nullable Boolean flowFound,
    @JsonProperty("apiAccess") @Nullable Boolean apiAccess,
    @JsonProperty("storageAccountAccess") @Nullable Boolean storageAccountAccess,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public CloudExportStatus {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
