package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import java.util.List;

/**
 * A new device, sent as {@code {"device": {...}}}. {@link Builder#build()} checks what the Device
 * API refuses: a name, a subtype and a sample rate are required; a router ({@code device_type}
 * {@code router}) needs its sending addresses and {@code minimize_snmp}; BGP type {@code device}
 * needs a neighbour ASN and an IPv4 or IPv6 neighbour, {@code other_device} needs {@code
 * use_bgp_device_id}.
 *
 * <pre>{@code
 * KentikDeviceCreate edge = KentikDeviceCreate.builder()
 *     .deviceName("edge-1").deviceType("router").deviceSubtype("router")
 *     .deviceSampleRate(100).planId(11466).siteId(8483)
 *     .sendingIps("192.0.2.10").minimizeSnmp(false)
 *     .build();
 * }</pre>
 */
public final class KentikDeviceCreate extends RequestBody {
  private KentikDeviceCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new device. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikDeviceCreate}. */
  public static final class Builder extends KentikDeviceFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException naming what is missing (see the class description)
     */
    public KentikDeviceCreate build() {
      String type = "KentikDeviceCreate";
      require(type, "device_name", "device_subtype", "device_sample_rate");
      if ("router".equals(get("device_type"))) {
        Object ips = get("sending_ips");
        if (!(ips instanceof List<?> list) || list.isEmpty()) {
          throw new IllegalArgumentException(type + ": a router needs sending_ips");
        }
        require(type, "minimize_snmp");
      }
      checkBgp(type);
      return new KentikDeviceCreate(this);
    }
  }
}
