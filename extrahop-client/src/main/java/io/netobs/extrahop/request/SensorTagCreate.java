package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /appliances/sensortags}. */
public final class SensorTagCreate extends RequestBody {
  private SensorTagCreate(Builder builder) {
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

  /** Builds a {@link SensorTagCreate}. */
  public static final class Builder extends SensorTagFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public SensorTagCreate build() {
      require("SensorTagCreate", "name");
      return new SensorTagCreate(this);
    }
  }
}
