package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PUT /extrahop/detections/access}, which replaces the detections access control
 * settings. Fields this release has no setter for are sent with {@link
 * RequestBody.Builder#field(String, Object) field(name, value)}.
 */
public final class DetectionAccessUpdate extends RequestBody {
  private DetectionAccessUpdate(Builder builder) {
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

  /** Builds a {@link DetectionAccessUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Whether detections access control is on. */
    public Builder enabled(boolean enabled) {
      return set("enabled", enabled);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DetectionAccessUpdate build() {
      requireAny("DetectionAccessUpdate");
      return new DetectionAccessUpdate(this);
    }
  }
}
