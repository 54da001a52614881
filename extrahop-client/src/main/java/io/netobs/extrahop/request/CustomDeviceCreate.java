package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /customdevices}. */
public final class CustomDeviceCreate extends RequestBody {
  private CustomDeviceCreate(Builder builder) {
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

  /** Builds a {@link CustomDeviceCreate}. */
  public static final class Builder extends CustomDeviceFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set ({@code disabled} may be left
     *     out: appliances then create the device enabled)
     */
    public CustomDeviceCreate build() {
      require("CustomDeviceCreate", "name");
      return new CustomDeviceCreate(this);
    }
  }
}
