package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /appliances/sensortags/{id}}: only the fields set are sent. */
public final class SensorTagUpdate extends RequestBody {
  private SensorTagUpdate(Builder builder) {
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

  /** Builds a {@link SensorTagUpdate}. */
  public static final class Builder extends SensorTagFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public SensorTagUpdate build() {
      requireAny("SensorTagUpdate");
      return new SensorTagUpdate(this);
    }
  }
}
