package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.List;

/**
 * The AWS settings of a {@link CloudExportCreate} or {@link CloudExportUpdate}; Kentik's
 * AwsProperties. Only the fields set are sent.
 */
public final class AwsSettings extends RequestBody {
  private AwsSettings(Builder builder) {
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

  /** Builds {@link AwsSettings}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code iamRoleArn}: the ARN of the IAM role that may read the S3 bucket and call AWS's
     * describe APIs.
     *
     * @param iamRoleArn the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder iamRoleArn(String iamRoleArn) {
      return set("iamRoleArn", Rules.requiredText(iamRoleArn, "iamRoleArn"));
    }

    /**
     * Sets {@code region}: the AWS region whose flow logs are read.
     *
     * @param region the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder region(String region) {
      return set("region", Rules.requiredText(region, "region"));
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
     * Sets {@code collectFirewallLogs}: whether firewall logs are collected too.
     *
     * @param collectFirewallLogs the flag
     * @return this builder
     */
    public Builder collectFirewallLogs(boolean collectFirewallLogs) {
      return set("collectFirewallLogs", collectFirewallLogs);
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
     * Sets {@code bucket}: the S3 bucket holding the logs.
     *
     * @param bucket the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder bucket(String bucket) {
      return set("bucket", Rules.requiredText(bucket, "bucket"));
    }

    /**
     * Sets {@code bucketPrefix}: the prefix of the logs within the bucket.
     *
     * @param bucketPrefix the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder bucketPrefix(String bucketPrefix) {
      return set("bucketPrefix", Rules.requiredText(bucketPrefix, "bucketPrefix"));
    }

    /**
     * Sets {@code deleteAfterRead}: whether logs are deleted from the bucket once read.
     *
     * @param deleteAfterRead the flag
     * @return this builder
     */
    public Builder deleteAfterRead(boolean deleteAfterRead) {
      return set("deleteAfterRead", deleteAfterRead);
    }

    /**
     * Sets {@code awsIamRoleArnIsOrg}: whether the IAM role is an organization role.
     *
     * @param awsIamRoleArnIsOrg the flag
     * @return this builder
     */
    public Builder awsIamRoleArnIsOrg(boolean awsIamRoleArnIsOrg) {
      return set("awsIamRoleArnIsOrg", awsIamRoleArnIsOrg);
    }

    /**
     * Sets {@code secondaryAwsAccounts}: further accounts whose metadata is read.
     *
     * @param secondaryAwsAccounts the values, sent in this order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds a null or blank value
     */
    public Builder secondaryAwsAccounts(List<String> secondaryAwsAccounts) {
      Rules.required(secondaryAwsAccounts, "secondaryAwsAccounts");
      for (int i = 0; i < secondaryAwsAccounts.size(); i++) {
        Rules.requiredText(secondaryAwsAccounts.get(i), "secondaryAwsAccounts[" + i + "]");
      }
      return set("secondaryAwsAccounts", List.copyOf(secondaryAwsAccounts));
    }

    /**
     * Sets {@code secondaryAwsBlockedAccounts}: accounts of the organization to leave out.
     *
     * @param secondaryAwsBlockedAccounts the values, sent in this order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds a null or blank value
     */
    public Builder secondaryAwsBlockedAccounts(List<String> secondaryAwsBlockedAccounts) {
      Rules.required(secondaryAwsBlockedAccounts, "secondaryAwsBlockedAccounts");
      for (int i = 0; i < secondaryAwsBlockedAccounts.size(); i++) {
        Rules.requiredText(
            secondaryAwsBlockedAccounts.get(i), "secondaryAwsBlockedAccounts[" + i + "]");
      }
      return set("secondaryAwsBlockedAccounts", List.copyOf(secondaryAwsBlockedAccounts));
    }

    /**
     * Sets {@code secondaryAwsRegions}: the regions read in the secondary accounts.
     *
     * @param secondaryAwsRegions the values, sent in this order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds a null or blank value
     */
    public Builder secondaryAwsRegions(List<String> secondaryAwsRegions) {
      Rules.required(secondaryAwsRegions, "secondaryAwsRegions");
      for (int i = 0; i < secondaryAwsRegions.size(); i++) {
        Rules.requiredText(secondaryAwsRegions.get(i), "secondaryAwsRegions[" + i + "]");
      }
      return set("secondaryAwsRegions", List.copyOf(secondaryAwsRegions));
    }

    /**
     * Sets {@code secondaryAwsSuffix}: the role name suffix from which secondary accounts' role
     * ARNs are made.
     *
     * @param secondaryAwsSuffix the value
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder secondaryAwsSuffix(String secondaryAwsSuffix) {
      return set(
          "secondaryAwsSuffix", Rules.requiredText(secondaryAwsSuffix, "secondaryAwsSuffix"));
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public AwsSettings build() {
      return new AwsSettings(this);
    }
  }
}
