package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /detections/formats}: a custom detection format. */
public final class DetectionFormatCreate extends RequestBody {
  private DetectionFormatCreate(Builder builder) {
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

  /** Builds a {@link DetectionFormatCreate}. */
  public static final class Builder extends DetectionFormatFields<Builder> {
    private Builder() {}

    /** The detection type's identifier ({@code type}): letters, digits and underscores only. */
    public Builder type(String type) {
      io.netobs.extrahop.internal.Validate.notBlank(type, "type");
      if (!type.matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException(
            "type must only contain letters, digits and underscores, was '" + type + "'");
      }
      return set("type", type);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a required field is not set
     */
    public DetectionFormatCreate build() {
      require("DetectionFormatCreate", "type", "display_name");
      return new DetectionFormatCreate(this);
    }
  }
}
