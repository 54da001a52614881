package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;

/**
 * A new cloud export: its name, billing plan, cloud provider and that provider's settings.
 *
 * <pre>{@code
 * CloudExportCreate export = CloudExportCreate.builder()
 *     .name("aws-prod").planId("11467").cloudProvider(CloudProvider.AWS)
 *     .type(CloudExportType.KENTIK_MANAGED).enabled(true)
 *     .aws(AwsSettings.builder().iamRoleArn("arn:aws:iam::003740049406:role/kentik-flow-logs")
 *         .region("us-east-2").bucket("prod-flow-logs").build())
 *     .build();
 * }</pre>
 */
public final class CloudExportCreate extends RequestBody {
  private CloudExportCreate(Builder builder) {
    super(builder);
  }

  /**
   * A builder for a new export.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's fields, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CloudExportCreate}. */
  public static final class Builder extends CloudExportFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when {@code name}, {@code planId} or {@code cloudProvider}
     *     is missing: the API requires them
     */
    public CloudExportCreate build() {
      require("CloudExportCreate", "name", "planId", "cloudProvider");
      return new CloudExportCreate(this);
    }
  }
}
