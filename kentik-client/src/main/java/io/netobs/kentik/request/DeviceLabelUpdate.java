package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * The changes to make to a device label, sent unwrapped; only the fields set are sent.
 *
 * <pre>{@code
 * kentik.deviceLabels().update(12, DeviceLabelUpdate.builder().color("#00AA00").build());
 * }</pre>
 */
public final class DeviceLabelUpdate extends RequestBody {
  private DeviceLabelUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a label. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DeviceLabelUpdate}. */
  public static final class Builder extends DeviceLabelFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public DeviceLabelUpdate build() {
      requireAny("DeviceLabelUpdate");
      return new DeviceLabelUpdate(this);
    }
  }
}
