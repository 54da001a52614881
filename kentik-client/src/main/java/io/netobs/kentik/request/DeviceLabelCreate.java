package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new device label, sent unwrapped as {@code {"name": ..., "color": ...}}; both are required.
 *
 * <pre>{@code
 * DeviceLabelCreate edge = DeviceLabelCreate.builder().name("edge").color("#5340A5").build();
 * }</pre>
 */
public final class DeviceLabelCreate extends RequestBody {
  private DeviceLabelCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new label. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DeviceLabelCreate}. */
  public static final class Builder extends DeviceLabelFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code name} or {@code color} is missing
     */
    public DeviceLabelCreate build() {
      require("DeviceLabelCreate", "name", "color");
      return new DeviceLabelCreate(this);
    }
  }
}
