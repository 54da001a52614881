package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A populator of a custom dimension as the Custom Dimension API returns it: the value put into the
 * dimension's column when a flow matches all of the populator's match fields.
 *
 * <p>Build requests with {@link PopulatorCreate} and {@link PopulatorUpdate}.
 *
 * @param id the populator's id
 * @param dimensionId the id of the custom dimension it belongs to
 * @param value the value written into the dimension's column on a match
 * @param direction the side of the flow that direction-specific fields are matched against; values the
 *     SDK does not know are kept ({@link Direction#isKnown()})
 * @param deviceName a device name the sending device's name contains
 * @param deviceType device types or regular expressions, comma-separated
 * @param site sites or regular expressions, comma-separated
 * @param interfaceName text the interface name or description contains
 * @param addr IP addresses or CIDR ranges, comma-separated (at most 249 for a tag)
 * @param port ports, comma-separated
 * @param tcpFlags a TCP flags bitmask, 0-255
 * @param protocol protocol numbers, comma-separated
 * @param asn last-hop (origin) ASNs, comma-separated
 * @param lasthopAsName last-hop AS names or regular expressions, comma-separated
 * @param nexthopAsn next-hop ASNs, comma-separated
 * @param nexthopAsName next-hop AS names or regular expressions, comma-separated
 * @param nexthop next-hop IPv4/IPv6 CIDRs, comma-separated
 * @param bgpAspath BGP AS paths or regular expressions, comma-separated
 * @param bgpCommunity BGP communities or regular expressions, comma-separated
 * @param mac MAC addresses, comma-separated
 * @param country two-letter country codes, comma-separated
 * @param vlans VLAN ids, comma-separated
 * @param user the id of the user who created it (a string or a number on the wire)
 * @param createdDate when it was created; null when the answer carried none
 * @param updatedDate when it was last changed; null when the answer carried none
 * @param companyId the customer's id (a string on the wire)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record Populator(
    long id,
    @JsonProperty("dimension_id") long dimensionId,
    @JsonProperty("value") String value,
    @JsonProperty("direction") Direction direction,
    @JsonProperty("device_name") String deviceName,
    @JsonProperty("device_type") String deviceType,
    @JsonProperty("site") String site,
    @JsonProperty("interface_name") String interfaceName,
    @JsonProperty("addr") String addr,
    @JsonProperty("port") String port,
    @JsonProperty("tcp_flags") String tcpFlags,
    @JsonProperty("protocol") String protocol,
    @JsonProperty("asn") String asn,
    @JsonProperty("lasthop_as_name") String lasthopAsName,
    @JsonProperty("nexthop_asn") String nexthopAsn,
    @JsonProperty("nexthop_as_name") String nexthopAsName,
    @JsonProperty("nexthop") String nexthop,
    @JsonProperty("bgp_aspath") String bgpAspath,
    @JsonProperty("bgp_community") String bgpCommunity,
    @JsonProperty("mac") String mac,
    @JsonProperty("country") String country,
    @JsonProperty("vlans") String vlans,
    @JsonProperty("user") String user,
    @JsonProperty("created_date") Instant createdDate,
    @JsonProperty("updated_date") Instant updatedDate,
    @JsonProperty("company_id") String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  public Populator {
    unknownFields = Maps.unknown(unknownFields);
  }

  /** The value of one match field as sent by the server (null when absent). */
  public String match(MatchField field) {
    return switch (field) {
      case DEVICE_NAME -> deviceName;
      case DEVICE_TYPE -> deviceType;
      case SITE -> site;
      case INTERFACE_NAME -> interfaceName;
      case ADDR -> addr;
      case PORT -> port;
      case TCP_FLAGS -> tcpFlags;
      case PROTOCOL -> protocol;
      case ASN -> asn;
      case LASTHOP_AS_NAME -> lasthopAsName;
      case NEXTHOP_ASN -> nexthopAsn;
      case NEXTHOP_AS_NAME -> nexthopAsName;
      case NEXTHOP -> nexthop;
      case BGP_ASPATH -> bgpAspath;
      case BGP_COMMUNITY -> bgpCommunity;
      case MAC -> mac;
      case COUNTRY -> country;
      case VLANS -> vlans;
    };
  }

  /** The match fields this populator uses: those neither null nor blank, in {@link MatchField} order. */
  public Map<MatchField, String> matchFields() {
    EnumMap<MatchField, String> used = new EnumMap<>(MatchField.class);
    for (MatchField f : MatchField.values()) {
      String v = match(f);
      if (v != null && !v.isBlank()) {
        used.put(f, v);
      }
    }
    return used;
  }
}
