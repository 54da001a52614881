package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /devicegroups}. */
public final class DeviceGroupCreate extends RequestBody {
  private DeviceGroupCreate(Builder builder) {
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

  /** Builds a {@link DeviceGroupCreate}. */
  public static final class Builder extends DeviceGroupFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public DeviceGroupCreate build() {
      require("DeviceGroupCreate", "name");
      return new DeviceGroupCreate(this);
    }
  }
}
