package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /customdevices/{id}}. */
public final class CustomDeviceUpdate extends RequestBody {
  private CustomDeviceUpdate(Builder builder) {
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

  /** Builds a {@link CustomDeviceUpdate}. */
  public static final class Builder extends CustomDeviceFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public CustomDeviceUpdate build() {
      requireAny("CustomDeviceUpdate");
      return new CustomDeviceUpdate(this);
    }
  }
}
