package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The field that {@code GET /devices} matches its {@code value} against ({@code search_type}), as
 * the REST API lists them. Values this release does not know are kept as the server sent them.
 */
public final class DeviceSearchType extends ExtensibleEnum {
  /** {@code any}: Any field. */
  public static final DeviceSearchType ANY = new DeviceSearchType("any", true);

  /** {@code name}: The device name. */
  public static final DeviceSearchType NAME = new DeviceSearchType("name", true);

  /** {@code discovery id}: The discovery id. */
  public static final DeviceSearchType DISCOVERY_ID = new DeviceSearchType("discovery id", true);

  /**
   * {@code ip address}: The IP address; the value may be a regular expression such as {@code
   * 10.20.0.[0-9]+}.
   */
  public static final DeviceSearchType IP_ADDRESS = new DeviceSearchType("ip address", true);

  /** {@code mac address}: The MAC address. */
  public static final DeviceSearchType MAC_ADDRESS = new DeviceSearchType("mac address", true);

  /** {@code vendor}: The vendor. */
  public static final DeviceSearchType VENDOR = new DeviceSearchType("vendor", true);

  /** {@code type}: The device type. */
  public static final DeviceSearchType TYPE = new DeviceSearchType("type", true);

  /** {@code tag}: A tag name. */
  public static final DeviceSearchType TAG = new DeviceSearchType("tag", true);

  /** {@code activity}: An activity (protocol role). */
  public static final DeviceSearchType ACTIVITY = new DeviceSearchType("activity", true);

  /** {@code node}: The Discover node. */
  public static final DeviceSearchType NODE = new DeviceSearchType("node", true);

  /** {@code vlan}: The VLAN. */
  public static final DeviceSearchType VLAN = new DeviceSearchType("vlan", true);

  /** {@code device group}: A device group. */
  public static final DeviceSearchType DEVICE_GROUP = new DeviceSearchType("device group", true);

  private static final DeviceSearchType[] KNOWN = {
    ANY,
    NAME,
    DISCOVERY_ID,
    IP_ADDRESS,
    MAC_ADDRESS,
    VENDOR,
    TYPE,
    TAG,
    ACTIVITY,
    NODE,
    VLAN,
    DEVICE_GROUP
  };

  private DeviceSearchType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static DeviceSearchType of(String value) {
    String normalized = normalize(value);
    for (DeviceSearchType known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new DeviceSearchType(value, false);
  }
}
