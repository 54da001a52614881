package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Oracle Cloud (OCI) settings of an export. Flags are null when the answer did not carry them.
 *
 * @param ociUserId the OCI user that stands for Kentik's export tool
 * @param ociTenancyId the tenancy read
 * @param ociCompartmentId the compartments whose metadata is read; empty when none
 * @param ociDefaultRegion the default region metadata is read from
 * @param ociCollectFlowLogs whether flow logs are collected besides metadata
 * @param ociBucketName the bucket holding the flow logs
 * @param ociBucketNamespaceName the namespace of that bucket
 * @param ociServiceConnectorOcid the OCID of the service connector that writes the logs
 * @param ociFlowObjectNamePrefix the prefix of the log objects' names in the bucket
 * @param metadataOnly whether only metadata is imported, no flows
 * @param unknownFields fields this SDK does not know
 */
public record OciProperties(
    @JsonProperty("ociUserId") @Nullable String ociUserId,
    @JsonProperty("ociTenancyId") @Nullable String ociTenancyId,
    @JsonProperty("ociCompartmentId") List<String> ociCompartmentId,
    @JsonProperty("ociDefaultRegion") @Nullable String ociDefaultRegion,
    @JsonProperty("ociCollectFlowLogs") @Nullable Boolean ociCollectFlowLogs,
    @JsonProperty("ociBucketName") @Nullable String ociBucketName,
    @JsonProperty("ociBucketNamespaceName") @Nullable String ociBucketNamespaceName,
    @JsonProperty("ociServiceConnectorOcid") @Nullable String ociServiceConnectorOcid,
    @JsonProperty("ociFlowObjectNamePrefix") @Nullable String ociFlowObjectNamePrefix,
    @JsonProperty("metadataOnly") @Nullable Boolean metadataOnly,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists (none becomes empty). */
  public OciProperties {
    ociCompartmentId = Maps.list(ociCompartmentId);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
