package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * How a Kentik device gets its BGP routes ({@code device_bgp_type}): {@code none}, its own BGP
 * session ({@code device}), or the session of another device ({@code other_device}). Unknown values
 * are kept.
 */
public final class DeviceBgpType extends ExtensibleEnum {
  /** No BGP. */
  public static final DeviceBgpType NONE = new DeviceBgpType("none", true);

  /** The device peers with Kentik itself: needs a neighbour ASN and an IPv4 or IPv6 neighbour. */
  public static final DeviceBgpType DEVICE = new DeviceBgpType("device", true);

  /** The device uses the BGP table of another device: needs {@code use_bgp_device_id}. */
  public static final DeviceBgpType OTHER_DEVICE = new DeviceBgpType("other_device", true);

  private DeviceBgpType(String value, boolean known) {
    super(value, known);
  }

  /** The type for {@code value}, matched in any case; an unknown value is kept as it is. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DeviceBgpType of(String value) {
    return switch (normalize(value)) {
      case "none" -> NONE;
      case "device" -> DEVICE;
      case "other_device" -> OTHER_DEVICE;
      default -> new DeviceBgpType(value, false);
    };
  }
}
