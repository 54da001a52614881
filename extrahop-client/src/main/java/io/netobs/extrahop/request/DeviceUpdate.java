package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /devices/{id}}: only the fields set are sent; cleared fields go as null.
 */
public final class DeviceUpdate extends RequestBody {
  private DeviceUpdate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DeviceUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The device's friendly name. */
    public Builder customName(String customName) {
      return set("custom_name", Validate.notNull(customName, "custom_name"));
    }

    /** A description. */
    public Builder description(String description) {
      return set("description", Validate.notNull(description, "description"));
    }

    /** The device role, e.g. {@code http_server}; an empty string lets the appliance decide. */
    public Builder customType(String customType) {
      return set("custom_type", Validate.notNull(customType, "custom_type"));
    }

    /** {@code critical}, {@code not_critical}, or an empty string to let the appliance decide. */
    public Builder customCriticality(String customCriticality) {
      return set("custom_criticality", Validate.notNull(customCriticality, "custom_criticality"));
    }

    /** The device's make. */
    public Builder customMake(String customMake) {
      return set("custom_make", Validate.notNull(customMake, "custom_make"));
    }

    /** The device's model. */
    public Builder customModel(String customModel) {
      return set("custom_model", Validate.notNull(customModel, "custom_model"));
    }

    /** The vendor. */
    public Builder vendor(String vendor) {
      return set("vendor", Validate.notNull(vendor, "vendor"));
    }

    /** The cloud account. */
    public Builder cloudAccount(String cloudAccount) {
      return set("cloud_account", Validate.notNull(cloudAccount, "cloud_account"));
    }

    /** The cloud instance id. */
    public Builder cloudInstanceId(String cloudInstanceId) {
      return set("cloud_instance_id", Validate.notNull(cloudInstanceId, "cloud_instance_id"));
    }

    /** The cloud instance name. */
    public Builder cloudInstanceName(String cloudInstanceName) {
      return set("cloud_instance_name", Validate.notNull(cloudInstanceName, "cloud_instance_name"));
    }

    /** The cloud instance type. */
    public Builder cloudInstanceType(String cloudInstanceType) {
      return set("cloud_instance_type", Validate.notNull(cloudInstanceType, "cloud_instance_type"));
    }

    /** The cloud instance description. */
    public Builder cloudInstanceDescription(String cloudInstanceDescription) {
      return set(
          "cloud_instance_description",
          Validate.notNull(cloudInstanceDescription, "cloud_instance_description"));
    }

    /** The cloud subnet id. */
    public Builder subnetId(String subnetId) {
      return set("subnet_id", Validate.notNull(subnetId, "subnet_id"));
    }

    /** The cloud VPC id. */
    public Builder vpcId(String vpcId) {
      return set("vpc_id", Validate.notNull(vpcId, "vpc_id"));
    }

    /** Clears {@code custom_name}: sends it as an explicit null. */
    public Builder clearCustomName() {
      return set("custom_name", null);
    }

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code custom_type}: sends it as an explicit null. */
    public Builder clearCustomType() {
      return set("custom_type", null);
    }

    /** Clears {@code custom_criticality}: sends it as an explicit null. */
    public Builder clearCustomCriticality() {
      return set("custom_criticality", null);
    }

    /** Clears {@code custom_make}: sends it as an explicit null. */
    public Builder clearCustomMake() {
      return set("custom_make", null);
    }

    /** Clears {@code custom_model}: sends it as an explicit null. */
    public Builder clearCustomModel() {
      return set("custom_model", null);
    }

    /** Clears {@code vendor}: sends it as an explicit null. */
    public Builder clearVendor() {
      return set("vendor", null);
    }

    /** Clears {@code cloud_account}: sends it as an explicit null. */
    public Builder clearCloudAccount() {
      return set("cloud_account", null);
    }

    /** Clears {@code cloud_instance_id}: sends it as an explicit null. */
    public Builder clearCloudInstanceId() {
      return set("cloud_instance_id", null);
    }

    /** Clears {@code cloud_instance_name}: sends it as an explicit null. */
    public Builder clearCloudInstanceName() {
      return set("cloud_instance_name", null);
    }

    /** Clears {@code cloud_instance_type}: sends it as an explicit null. */
    public Builder clearCloudInstanceType() {
      return set("cloud_instance_type", null);
    }

    /** Clears {@code cloud_instance_description}: sends it as an explicit null. */
    public Builder clearCloudInstanceDescription() {
      return set("cloud_instance_description", null);
    }

    /** Clears {@code subnet_id}: sends it as an explicit null. */
    public Builder clearSubnetId() {
      return set("subnet_id", null);
    }

    /** Clears {@code vpc_id}: sends it as an explicit null. */
    public Builder clearVpcId() {
      return set("vpc_id", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DeviceUpdate build() {
      requireAny("DeviceUpdate");
      return new DeviceUpdate(this);
    }
  }
}
