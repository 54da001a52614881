package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new interface of a device, sent unwrapped as the Interface API takes it.
 *
 * <pre>{@code
 * DeviceInterfaceCreate eth0 = DeviceInterfaceCreate.builder()
 *     .snmpId("2").snmpSpeed(10_000).interfaceDescription("uplink")
 *     .interfaceIp("192.0.2.1").interfaceIpNetmask("255.255.255.0")
 *     .secondaryIp("198.51.100.1", "255.255.255.0")
 *     .build();
 * }</pre>
 */
public final class DeviceInterfaceCreate extends RequestBody {
  private DeviceInterfaceCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new interface. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DeviceInterfaceCreate}. */
  public static final class Builder extends DeviceInterfaceFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the SNMP index is missing
     */
    public DeviceInterfaceCreate build() {
      require("DeviceInterfaceCreate", "snmp_id");
      return new DeviceInterfaceCreate(this);
    }
  }
}
