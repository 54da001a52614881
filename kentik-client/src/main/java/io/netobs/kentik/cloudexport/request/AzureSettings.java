package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;

/**
 * The Azure settings of a {@link CloudExportCreate} or {@link CloudExportUpdate}; Kentik's
 * AzureProperties. Only the fields set are sent.
 */
public final class AzureSettings extends RequestBody {
  private AzureSettings(Builder builder) {
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

  /** Builds {@link AzureSettings}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code location}: the Azure region whose flow logs are read.
     *
     * @param location the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder location(String location) {
      return set("location", Rules.requiredText(location, "location"));
    }

    /**
     * Sets {@code resourceGroup}: the resource group of the network security group that writes the
     * logs.
     *
     * @param resourceGroup the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder resourceGroup(String resourceGroup) {
      return set("resourceGroup", Rules.requiredText(resourceGroup, "resourceGroup"));
    }

    /**
     * Sets {@code storageAccount}: the storage account holding the logs.
     *
     * @param storageAccount the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder storageAccount(String storageAccount) {
      return set("storageAccount", Rules.requiredText(storageAccount, "storageAccount"));
    }

    /**
     * Sets {@code subscriptionId}: the Azure subscription the logs belong to.
     *
     * @param subscriptionId the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder subscriptionId(String subscriptionId) {
      return set("subscriptionId", Rules.requiredText(subscriptionId, "subscriptionId"));
    }

    /**
     * Sets {@code securityPrincipalEnabled}: whether Kentik's flow export application has been
     * authorized.
     *
     * @param securityPrincipalEnabled the flag
     * @return this builder
     */
    public Builder securityPrincipalEnabled(boolean securityPrincipalEnabled) {
      return set("securityPrincipalEnabled", securityPrincipalEnabled);
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public AzureSettings build() {
      return new AzureSettings(this);
    }
  }
}
