package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;

/**
 * The Google Cloud settings of a {@link CloudExportCreate} or {@link CloudExportUpdate}; Kentik's
 * GceProperties. Only the fields set are sent.
 */
public final class GceSettings extends RequestBody {
  private GceSettings(Builder builder) {
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

  /** Builds {@link GceSettings}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code project}: the project whose flow logs are read.
     *
     * @param project the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder project(String project) {
      return set("project", Rules.requiredText(project, "project"));
    }

    /**
     * Sets {@code subscription}: the Pub/Sub subscription that delivers the flow logs.
     *
     * @param subscription the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder subscription(String subscription) {
      return set("subscription", Rules.requiredText(subscription, "subscription"));
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
     * Sets {@code collectFlowLogs}: whether flow logs are collected besides metadata.
     *
     * @param collectFlowLogs the flag
     * @return this builder
     */
    public Builder collectFlowLogs(boolean collectFlowLogs) {
      return set("collectFlowLogs", collectFlowLogs);
    }

    /**
     * Sets {@code collectMetrics}: whether metrics are collected too.
     *
     * @param collectMetrics the flag
     * @return this builder
     */
    public Builder collectMetrics(boolean collectMetrics) {
      return set("collectMetrics", collectMetrics);
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public GceSettings build() {
      return new GceSettings(this);
    }
  }
}
