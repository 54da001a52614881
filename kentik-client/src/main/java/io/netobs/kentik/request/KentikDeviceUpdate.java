package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * The changes to make to a device, sent as {@code {"device": {changed fields}}}: only the fields
 * set here are sent. The BGP rules of {@link KentikDeviceCreate} are not checked here: the
 * neighbour a type needs may already be stored, and the service judges the merged device.
 *
 * <pre>{@code
 * kentik.devices().update(42, KentikDeviceUpdate.builder().deviceSampleRate(10).build());
 * }</pre>
 */
public final class KentikDeviceUpdate extends RequestBody {
  private KentikDeviceUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a device. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikDeviceUpdate}. */
  public static final class Builder extends KentikDeviceFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public KentikDeviceUpdate build() {
      requireAny("KentikDeviceUpdate");
      return new KentikDeviceUpdate(this);
    }
  }
}
