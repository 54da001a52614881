package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;

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
    @JsonProperty("ociUserId") String ociUserId,
    @JsonProperty("ociTenancyId") String ociTenancyId,
    @JsonProperty("ociCompartmentId") List<String> ociCompartmentId,
    @JsonProperty("ociDefaultRegion") String ociDefaultRegion,
    @JsonProperty("ociCollectFlowLogs") Boolean ociCollectFlowLogs,
    @JsonProperty("ociBucketName") String ociBucketName,
    @JsonProperty("ociBucketNamespaceName") String ociBucketNamespaceName,
    @JsonProperty("ociServiceConnectorOcid") String ociServiceConnectorOcid,
    @JsonProperty("ociFlowObjectNamePrefix") String ociFlowObjectNamePrefix,
    @JsonProperty("metadataOnly") Boolean metadataOnly,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the lists (none becomes empty). */
  public OciProperties {
    ociCompartmentId = Maps.list(ociCompartmentId);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
