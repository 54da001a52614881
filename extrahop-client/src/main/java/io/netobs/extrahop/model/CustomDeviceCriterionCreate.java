package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /customdevices/{id}/criteria}: at least one field must be set.
 */
public final class CustomDeviceCriterionCreate extends CreateRequest<CustomDeviceCriterionCreate> {
  private CustomDeviceCriterionCreate() {}

  /** A criterion matching an IP address or CIDR block. */
  public static CustomDeviceCriterionCreate forAddress(String ipaddrOrCidr) {
    return new CustomDeviceCriterionCreate().ipaddr(ipaddrOrCidr);
  }

  /** A criterion to fill with the setters. */
  public static CustomDeviceCriterionCreate empty() {
    return new CustomDeviceCriterionCreate();
  }

  /** An IP address or CIDR block. */
  public CustomDeviceCriterionCreate ipaddr(String ipaddr) {
    return set("ipaddr", Validate.notBlank(ipaddr, "ipaddr"));
  }

  /** A peer IP address or CIDR block. */
  public CustomDeviceCriterionCreate ipaddrPeer(String ipaddrPeer) {
    return set("ipaddr_peer", Validate.notBlank(ipaddrPeer, "ipaddr_peer"));
  }

  /** The lowest source port (0 to 65535). */
  public CustomDeviceCriterionCreate srcPortMin(int srcPortMin) {
    return set("src_port_min", Validate.range(srcPortMin, 0, 65535, "src_port_min"));
  }

  /** The highest source port (0 to 65535). */
  public CustomDeviceCriterionCreate srcPortMax(int srcPortMax) {
    return set("src_port_max", Validate.range(srcPortMax, 0, 65535, "src_port_max"));
  }

  /** The lowest destination port (0 to 65535). */
  public CustomDeviceCriterionCreate dstPortMin(int dstPortMin) {
    return set("dst_port_min", Validate.range(dstPortMin, 0, 65535, "dst_port_min"));
  }

  /** The highest destination port (0 to 65535). */
  public CustomDeviceCriterionCreate dstPortMax(int dstPortMax) {
    return set("dst_port_max", Validate.range(dstPortMax, 0, 65535, "dst_port_max"));
  }

  /** The lowest VLAN (0 to 4095). */
  public CustomDeviceCriterionCreate vlanMin(int vlanMin) {
    return set("vlan_min", Validate.range(vlanMin, 0, 4095, "vlan_min"));
  }

  /** The highest VLAN (0 to 4095). */
  public CustomDeviceCriterionCreate vlanMax(int vlanMax) {
    return set("vlan_max", Validate.range(vlanMax, 0, 4095, "vlan_max"));
  }

  @Override
  public void validate() {
    if (isEmpty()) {
      throw new IllegalArgumentException("CustomDeviceCriterionCreate: set at least one field");
    }
  }

  @Override
  List<String> requiredFields() {
    return List.of();
  }
}
