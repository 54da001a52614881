package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import java.util.List;

/**
 * The changes to make to a device interface: only the fields set here are sent, unwrapped.
 *
 * <pre>{@code
 * kentik.deviceInterfaces(42).update(7, DeviceInterfaceUpdate.builder().interfaceDescription("core uplink").build());
 * }</pre>
 */
public final class DeviceInterfaceUpdate extends RequestBody {
  private DeviceInterfaceUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to an interface. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DeviceInterfaceUpdate}. */
  public static final class Builder extends DeviceInterfaceFields<Builder> {
    private Builder() {}

    /** Removes every secondary address of the interface (sends {@code "secondary_ips": []}). */
    public Builder clearSecondaryIps() {
      return set("secondary_ips", List.of());
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public DeviceInterfaceUpdate build() {
      requireAny("DeviceInterfaceUpdate");
      return new DeviceInterfaceUpdate(this);
    }
  }
}
