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
 * The AWS settings of an export. Flags are null when the answer did not carry them.
 *
 * @param iamRoleArn the ARN of the IAM role that may read the S3 bucket and call AWS's describe
 *     APIs
 * @param region the AWS region whose flow logs are read
 * @param metadataOnly whether only metadata is imported, no flows
 * @param collectFlowLogs whether flow logs are collected besides metadata
 * @param collectFirewallLogs whether firewall logs are collected too
 * @param collectMetrics whether metrics are collected too
 * @param bucket the S3 bucket holding the logs
 * @param bucketPrefix the prefix of the logs within the bucket
 * @param deleteAfterRead whether logs are deleted from the bucket once read
 * @param awsIamRoleArnIsOrg whether the IAM role is an organization role
 * @param secondaryAwsAccounts further accounts whose metadata is read; empty when none
 * @param secondaryAwsBlockedAccounts accounts of the organization to leave out; empty when none
 * @param secondaryAwsRegions the regions read in the secondary accounts; empty when none
 * @param secondaryAwsSuffix the role name suffix from which secondary accounts' role ARNs are made
 * @param unknownFields fields this SDK does not know
 */
public record AwsProperties(
    @JsonProperty("iamRoleArn") @Nullable String iamRoleArn,
    @JsonProperty("region") @Nullable String region,
    @JsonProperty("metadataOnly") @Nullable Boolean metadataOnly,
    @JsonProperty("collectFlowLogs") @Nullable Boolean collectFlowLogs,
    @JsonProperty("collectFirewallLogs") @Nullable Boolean collectFirewallLogs,
    @JsonProperty("collectMetrics") @Nullable Boolean collectMetrics,
    @JsonProperty("bucket") @Nullable String bucket,
    @JsonProperty("bucketPrefix") @Nullable String bucketPrefix,
    @JsonProperty("deleteAfterRead") @Nullable Boolean deleteAfterRead,
    @JsonProperty("awsIamRoleArnIsOrg") @Nullable Boolean awsIamRoleArnIsOrg,
    @JsonProperty("secondaryAwsAccounts") List<String> secondaryAwsAccounts,
    @JsonProperty("secondaryAwsBlockedAccounts") List<String> secondaryAwsBlockedAccounts,
    @JsonProperty("secondaryAwsRegions") List<String> secondaryAwsRegions,
    @JsonProperty("secondaryAwsSuffix") @Nullable String secondaryAwsSuffix,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists (none becomes empty). */
  public AwsProperties {
    secondaryAwsAccounts = Maps.list(secondaryAwsAccounts);
    secondaryAwsBlockedAccounts = Maps.list(secondaryAwsBlockedAccounts);
    secondaryAwsRegions = Maps.list(secondaryAwsRegions);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
