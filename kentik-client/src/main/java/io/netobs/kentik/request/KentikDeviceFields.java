package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.DeviceBgpType;
import java.util.List;
import java.util.Objects;

/**
 * The setters shared by {@link KentikDeviceCreate.Builder} and {@link KentikDeviceUpdate.Builder},
 * each checking its own value once, as it is set. Passwords, the SNMP community and the SNMP v3
 * settings are secrets: they never appear in {@code toString()}.
 *
 * @param <B> the concrete builder
 */
public abstract class KentikDeviceFields<B extends KentikDeviceFields<B>>
    extends RequestBody.Builder<B> {
  private static final long MAX_ASN = 4_294_967_295L;

  KentikDeviceFields() {}

  /** Sets {@code device_name}. */
  public B deviceName(String deviceName) {
    return set("device_name", Rules.requiredText(deviceName, "device_name"));
  }

  /** Sets {@code device_type}: {@code router}, {@code host-nprobe-dns-www}, or another type. */
  public B deviceType(String deviceType) {
    return set("device_type", Rules.requiredText(deviceType, "device_type"));
  }

  /** Sets {@code device_subtype}, e.g. {@code router}, {@code cisco_asa}, {@code kprobe}. */
  public B deviceSubtype(String deviceSubtype) {
    return set("device_subtype", Rules.requiredText(deviceSubtype, "device_subtype"));
  }

  /** Sets {@code device_description}. */
  public B deviceDescription(String description) {
    return set("device_description", Rules.required(description, "device_description"));
  }

  /**
   * Sets {@code device_sample_rate} (1 in N flows), sent as text as the API takes it.
   *
   * @throws IllegalArgumentException when it is less than 1
   */
  public B deviceSampleRate(long sampleRate) {
    if (sampleRate < 1) {
      throw new IllegalArgumentException(
          "device_sample_rate must be at least 1, was " + sampleRate);
    }
    return set("device_sample_rate", Long.toString(sampleRate));
  }

  /** Sets {@code sending_ips}, the addresses the device sends flows from. */
  public B sendingIps(String... addresses) {
    Objects.requireNonNull(addresses, "sending_ips must not be null");
    return sendingIps(List.of(addresses));
  }

  /** Sets {@code sending_ips}, the addresses the device sends flows from. */
  public B sendingIps(List<String> addresses) {
    Rules.required(addresses, "sending_ips");
    Rules.noBlankElements(addresses, "sending_ips");
    return set("sending_ips", List.copyOf(addresses));
  }

  /** Sets {@code plan_id}, the plan the device counts against. */
  public B planId(long planId) {
    return set("plan_id", positive(planId, "plan_id"));
  }

  /** Sets {@code site_id}, the device's site. */
  public B siteId(long siteId) {
    return set("site_id", positive(siteId, "site_id"));
  }

  /** Sets {@code device_snmp_ip}, the address SNMP polls. */
  public B snmpIp(String address) {
    return set("device_snmp_ip", Rules.requiredText(address, "device_snmp_ip"));
  }

  /** Sets {@code device_snmp_community} (SNMP v1/v2c), a secret. */
  public B snmpCommunity(String community) {
    return setSecret("device_snmp_community", Rules.required(community, "device_snmp_community"));
  }

  /** Sets {@code device_snmp_v3_conf}; the whole setting is a secret. */
  public B snmpV3(SnmpV3Config config) {
    return setSecret("device_snmp_v3_conf", Rules.required(config, "device_snmp_v3_conf").toMap());
  }

  /** Sets {@code minimize_snmp}: poll SNMP less often (routers need it set, either way). */
  public B minimizeSnmp(boolean minimize) {
    return set("minimize_snmp", minimize);
  }

  /** Sets {@code device_bgp_type}. */
  public B bgpType(DeviceBgpType type) {
    return set("device_bgp_type", Rules.required(type, "device_bgp_type").value());
  }

  /** Sets {@code device_bgp_neighbor_ip}, the IPv4 BGP neighbour. */
  public B bgpNeighborIp(String address) {
    return set("device_bgp_neighbor_ip", Rules.requiredText(address, "device_bgp_neighbor_ip"));
  }

  /** Sets {@code device_bgp_neighbor_ip6}, the IPv6 BGP neighbour. */
  public B bgpNeighborIp6(String address) {
    return set("device_bgp_neighbor_ip6", Rules.requiredText(address, "device_bgp_neighbor_ip6"));
  }

  /**
   * Sets {@code device_bgp_neighbor_asn}, sent as text as the API takes it.
   *
   * @throws IllegalArgumentException when it is not 1 to 4294967295
   */
  public B bgpNeighborAsn(long asn) {
    if (asn < 1 || asn > MAX_ASN) {
      throw new IllegalArgumentException(
          "device_bgp_neighbor_asn must be 1 to 4294967295, was " + asn);
    }
    return set("device_bgp_neighbor_asn", Long.toString(asn));
  }

  /** Sets {@code device_bgp_flowspec}. */
  public B bgpFlowspec(boolean flowspec) {
    return set("device_bgp_flowspec", flowspec);
  }

  /** Sets {@code device_bgp_password}, a secret. */
  public B bgpPassword(String password) {
    return setSecret("device_bgp_password", Rules.required(password, "device_bgp_password"));
  }

  /** Sets {@code use_bgp_device_id}, the device whose BGP table this one uses. */
  public B useBgpDeviceId(long deviceId) {
    return set("use_bgp_device_id", positive(deviceId, "use_bgp_device_id"));
  }

  /** Sets {@code cdn_attr} of host devices: {@code Y}, {@code N} or {@code None}. */
  public B cdnAttr(String cdnAttr) {
    return set("cdn_attr", Rules.requiredText(cdnAttr, "cdn_attr"));
  }

  /**
   * The BGP rules the service enforces: type {@code device} needs a neighbour ASN and an IPv4 or
   * IPv6 neighbour, type {@code other_device} needs {@code use_bgp_device_id}.
   */
  final void checkBgp(String type) {
    Object bgp = get("device_bgp_type");
    if (DeviceBgpType.DEVICE.value().equals(bgp)) {
      require(type, "device_bgp_neighbor_asn");
      if (get("device_bgp_neighbor_ip") == null && get("device_bgp_neighbor_ip6") == null) {
        throw new IllegalArgumentException(
            type
                + ": device_bgp_type device needs device_bgp_neighbor_ip or"
                + " device_bgp_neighbor_ip6");
      }
    } else if (DeviceBgpType.OTHER_DEVICE.value().equals(bgp)) {
      require(type, "use_bgp_device_id");
    }
  }

  private static long positive(long id, String field) {
    if (id < 1) {
      throw new IllegalArgumentException(field + " must be positive, was " + id);
    }
    return id;
  }
}
