package io.netobs.kentik.model;

import org.jspecify.annotations.Nullable;

/**
 * The match fields shared by flow tags, populators and the criteria of the Batch API. In the Tag
 * and Custom Dimension APIs each is a string (lists comma-separated); in the Batch API each is an
 * array. Answers and requests both name fields with it; it lives with the answers.
 */
public enum MatchField {
  /** A device name the sending device's name contains. */
  DEVICE_NAME("device_name"),
  /** Device types or regular expressions. */
  DEVICE_TYPE("device_type"),
  /** Sites or regular expressions. */
  SITE("site"),
  /** Text the interface name or description contains. */
  INTERFACE_NAME("interface_name"),
  /** IP addresses or CIDR ranges (at most 249 in one tag). */
  ADDR("addr"),
  /** Ports. */
  PORT("port"),
  /** A TCP flags bitmask, 0-255. */
  TCP_FLAGS("tcp_flags"),
  /** Protocol numbers (6 TCP, 17 UDP). */
  PROTOCOL("protocol"),
  /** Last-hop (origin) ASNs. */
  ASN("asn"),
  /** Last-hop AS names or regular expressions. */
  LASTHOP_AS_NAME("lasthop_as_name"),
  /** Next-hop ASNs. */
  NEXTHOP_ASN("nexthop_asn"),
  /** Next-hop AS names or regular expressions. */
  NEXTHOP_AS_NAME("nexthop_as_name"),
  /** Next-hop IPv4/IPv6 CIDRs. */
  NEXTHOP("nexthop"),
  /** BGP AS paths or regular expressions. */
  BGP_ASPATH("bgp_aspath"),
  /** BGP communities or regular expressions. */
  BGP_COMMUNITY("bgp_community"),
  /** MAC addresses. */
  MAC("mac"),
  /** Two-letter country codes. */
  COUNTRY("country"),
  /** VLAN ids. */
  VLANS("vlans");

  private final String wireName;

  MatchField(String wireName) {
    this.wireName = wireName;
  }

  /** The JSON name, e.g. {@code nexthop_asn}. */
  public String wireName() {
    return wireName;
  }

  /** The field with this JSON name, or null. */
  public static @Nullable MatchField fromWireName(String name) {
    for (MatchField f : values()) {
      if (f.wireName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
