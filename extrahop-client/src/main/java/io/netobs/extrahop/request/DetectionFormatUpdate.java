package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /detections/formats/{id}}: only the fields set are sent. */
public final class DetectionFormatUpdate extends RequestBody {
  private DetectionFormatUpdate(Builder builder) {
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

  /** Builds a {@link DetectionFormatUpdate}. */
  public static final class Builder extends DetectionFormatFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DetectionFormatUpdate build() {
      requireAny("DetectionFormatUpdate");
      return new DetectionFormatUpdate(this);
    }
  }
}
