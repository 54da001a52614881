package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.cloudexport.model.CloudExportType;
import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.internal.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link CloudExportCreate.Builder} and {@link CloudExportUpdate.Builder},
 * each checked once, as it is set. The JSON names are the Cloud Export API's ({@code planId},
 * {@code cloudProvider}, ...).
 *
 * @param <B> the concrete builder
 */
public abstract class CloudExportFields<B extends CloudExportFields<B>>
    extends RequestBody.Builder<B> {
  CloudExportFields() {}

  /**
   * Sets {@code name}, the export's name.
   *
   * @param name e.g. {@code aws-prod-flow-logs}
   * @return this builder
   * @throws IllegalArgumentException when it is null or blank
   */
  public B name(String name) {
    return set("name", Rules.requiredText(name, "name"));
  }

  /**
   * Sets {@code description}; null leaves it out.
   *
   * @param description a description, or null
   * @return this builder
   */
  public B description(@Nullable String description) {
    return setOrOmit("description", description);
  }

  /**
   * Sets {@code enabled}, whether the export is active (Kentik's default is false).
   *
   * @param enabled true to collect
   * @return this builder
   */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /**
   * Sets {@code type}, who runs the collection process.
   *
   * @param type e.g. {@link CloudExportType#KENTIK_MANAGED}
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B type(CloudExportType type) {
    return set("type", Rules.required(type, "type").value());
  }

  /**
   * Sets {@code planId}, the billing plan the export counts against.
   *
   * @param planId the plan's id, e.g. {@code "11467"}
   * @return this builder
   * @throws IllegalArgumentException when it is null or blank
   */
  public B planId(String planId) {
    return set("planId", Rules.requiredText(planId, "planId"));
  }

  /**
   * Sets {@code cloudProvider}, the cloud the export reads from; set the matching provider's
   * settings too ({@link #aws}, {@link #azure}, {@link #gce} or {@link #oci}).
   *
   * @param cloudProvider e.g. {@link CloudProvider#AWS}
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B cloudProvider(CloudProvider cloudProvider) {
    return set("cloudProvider", Rules.required(cloudProvider, "cloudProvider").value());
  }

  /**
   * Sets {@code aws}, the settings of an AWS export.
   *
   * @param aws the settings
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B aws(AwsSettings aws) {
    return set("aws", Rules.required(aws, "aws").toMap());
  }

  /**
   * Sets {@code azure}, the settings of an Azure export.
   *
   * @param azure the settings
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B azure(AzureSettings azure) {
    return set("azure", Rules.required(azure, "azure").toMap());
  }

  /**
   * Sets {@code gce}, the settings of a Google Cloud export.
   *
   * @param gce the settings
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B gce(GceSettings gce) {
    return set("gce", Rules.required(gce, "gce").toMap());
  }

  /**
   * Sets {@code oci}, the settings of an Oracle Cloud export.
   *
   * @param oci the settings
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B oci(OciSettings oci) {
    return set("oci", Rules.required(oci, "oci").toMap());
  }

  /**
   * Sets {@code sampling}, how the export samples flow logs.
   *
   * @param sampling the settings
   * @return this builder
   * @throws IllegalArgumentException when it is null
   */
  public B sampling(SamplingSettings sampling) {
    return set("sampling", Rules.required(sampling, "sampling").toMap());
  }
}
