package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.List;

/**
 * The Oracle Cloud (OCI) settings of a {@link CloudExportCreate} or {@link CloudExportUpdate};
 * Kentik's OciProperties. Only the fields set are sent.
 */
public final class OciSettings extends RequestBody {
  private OciSettings(Builder builder) {
    super(builder);
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these settings, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds {@link OciSettings}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code ociUserId}: the OCI user that stands for Kentik's export tool.
     *
     * @param ociUserId the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociUserId(String ociUserId) {
      return set("ociUserId", Rules.requiredText(ociUserId, "ociUserId"));
    }

    /**
     * Sets {@code ociTenancyId}: the tenancy read.
     *
     * @param ociTenancyId the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociTenancyId(String ociTenancyId) {
      return set("ociTenancyId", Rules.requiredText(ociTenancyId, "ociTenancyId"));
    }

    /**
     * Sets {@code ociCompartmentId}: the compartments whose metadata is read.
     *
     * @param ociCompartmentId the values, sent in this order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds a null or blank value
     */
    public Builder ociCompartmentId(List<String> ociCompartmentId) {
      Rules.required(ociCompartmentId, "ociCompartmentId");
      for (int i = 0; i < ociCompartmentId.size(); i++) {
        Rules.requiredText(ociCompartmentId.get(i), "ociCompartmentId[" + i + "]");
      }
      return set("ociCompartmentId", List.copyOf(ociCompartmentId));
    }

    /**
     * Sets {@code ociDefaultRegion}: the default region metadata is read from.
     *
     * @param ociDefaultRegion the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociDefaultRegion(String ociDefaultRegion) {
      return set("ociDefaultRegion", Rules.requiredText(ociDefaultRegion, "ociDefaultRegion"));
    }

    /**
     * Sets {@code ociCollectFlowLogs}: whether flow logs are collected besides metadata.
     *
     * @param ociCollectFlowLogs the flag
     * @return this builder
     */
    public Builder ociCollectFlowLogs(boolean ociCollectFlowLogs) {
      return set("ociCollectFlowLogs", ociCollectFlowLogs);
    }

    /**
     * Sets {@code ociBucketName}: the bucket holding the flow logs.
     *
     * @param ociBucketName the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociBucketName(String ociBucketName) {
      return set("ociBucketName", Rules.requiredText(ociBucketName, "ociBucketName"));
    }

    /**
     * Sets {@code ociBucketNamespaceName}: the namespace of that bucket.
     *
     * @param ociBucketNamespaceName the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociBucketNamespaceName(String ociBucketNamespaceName) {
      return set(
          "ociBucketNamespaceName",
          Rules.requiredText(ociBucketNamespaceName, "ociBucketNamespaceName"));
    }

    /**
     * Sets {@code ociServiceConnectorOcid}: the OCID of the service connector that writes the logs.
     *
     * @param ociServiceConnectorOcid the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociServiceConnectorOcid(String ociServiceConnectorOcid) {
      return set(
          "ociServiceConnectorOcid",
          Rules.requiredText(ociServiceConnectorOcid, "ociServiceConnectorOcid"));
    }

    /**
     * Sets {@code ociFlowObjectNamePrefix}: the prefix of the log objects' names in the bucket.
     *
     * @param ociFlowObjectNamePrefix the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ociFlowObjectNamePrefix(String ociFlowObjectNamePrefix) {
      return set(
          "ociFlowObjectNamePrefix",
          Rules.requiredText(ociFlowObjectNamePrefix, "ociFlowObjectNamePrefix"));
    }

    /**
     * Sets {@code metadataOnly}: whether only metadata is imported, no flows.
     *
     * @param metadataOnly the flag
     * @return this builder
     */
    public Builder metadataOnly(boolean metadataOnly) {
      return set("metadataOnly", metadataOnly);
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public OciSettings build() {
      return new OciSettings(this);
    }
  }
}
