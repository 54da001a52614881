package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /devicegroups/{id}}: only the fields set are sent; cleared fields go as
 * null.
 */
public final class DeviceGroupUpdate extends RequestBody {
  private DeviceGroupUpdate(Builder builder) {
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

  /** Builds a {@link DeviceGroupUpdate}. */
  public static final class Builder extends DeviceGroupFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code field}: sends it as an explicit null. */
    public Builder clearField() {
      return set("field", null);
    }

    /** Clears {@code value}: sends it as an explicit null. */
    public Builder clearValue() {
      return set("value", null);
    }

    /** Clears {@code filter}: sends it as an explicit null. */
    public Builder clearFilter() {
      return set("filter", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DeviceGroupUpdate build() {
      requireAny("DeviceGroupUpdate");
      return new DeviceGroupUpdate(this);
    }
  }
}
