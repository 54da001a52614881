package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link DeviceInterfaceCreate.Builder} and {@link
 * DeviceInterfaceUpdate.Builder}, each checked once, as it is set. A null text leaves a field out.
 * A VRF is given either by id ({@link #vrfId(long)}) or described ({@link #vrf(String, String,
 * String, String)}); setting one removes the other.
 *
 * @param <B> the concrete builder
 */
public abstract class DeviceInterfaceFields<B extends DeviceInterfaceFields<B>>
    extends RequestBody.Builder<B> {
  DeviceInterfaceFields() {}

  /**
   * Sets {@code snmp_id}, the interface's SNMP index (sent as text).
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B snmpId(String snmpId) {
    return set("snmp_id", Rules.requiredText(snmpId, "snmp_id"));
  }

  /**
   * Sets {@code snmp_speed}, the interface's speed in Mbit/s (sent as a number).
   *
   * @throws IllegalArgumentException when it is negative
   */
  public B snmpSpeed(long snmpSpeed) {
    if (snmpSpeed < 0) {
      throw new IllegalArgumentException(
          "snmp_speed must not be negative, was " + snmpSpeed + " (snmpSpeed)");
    }
    return set("snmp_speed", snmpSpeed);
  }

  /** Sets {@code interface_description}. */
  public B interfaceDescription(@Nullable String interfaceDescription) {
    return setOrOmit("interface_description", interfaceDescription);
  }

  /** Sets {@code snmp_alias}. */
  public B snmpAlias(@Nullable String snmpAlias) {
    return setOrOmit("snmp_alias", snmpAlias);
  }

  /** Sets {@code interface_ip}, the interface's address. */
  public B interfaceIp(@Nullable String interfaceIp) {
    return setOrOmit("interface_ip", interfaceIp);
  }

  /** Sets {@code interface_ip_netmask}, the netmask of the interface's address. */
  public B interfaceIpNetmask(@Nullable String interfaceIpNetmask) {
    return setOrOmit("interface_ip_netmask", interfaceIpNetmask);
  }

  /**
   * Sets {@code vrf_id}: the interface belongs to an existing VRF. Removes a {@code vrf} set
   * before.
   *
   * @throws IllegalArgumentException when it is not positive
   */
  public B vrfId(long vrfId) {
    if (vrfId <= 0) {
      throw new IllegalArgumentException("vrf_id must be positive, was " + vrfId + " (vrfId)");
    }
    remove("vrf");
    return set("vrf_id", vrfId);
  }

  /**
   * Sets {@code vrf}: the interface's VRF, described. Removes a {@code vrf_id} set before.
   *
   * @param name the VRF's name (required)
   * @param routeTarget the route target, or null to leave it out
   * @param routeDistinguisher the route distinguisher, or null to leave it out
   * @param description a description, or null to leave it out
   * @throws IllegalArgumentException when the name is null or blank
   */
  public B vrf(
      String name,
      @Nullable String routeTarget,
      @Nullable String routeDistinguisher,
      @Nullable String description) {
    Map<String, Object> vrf = new LinkedHashMap<>();
    vrf.put("name", Rules.requiredText(name, "vrf.name"));
    if (routeTarget != null) {
      vrf.put("route_target", routeTarget);
    }
    if (routeDistinguisher != null) {
      vrf.put("route_distinguisher", routeDistinguisher);
    }
    if (description != null) {
      vrf.put("description", description);
    }
    remove("vrf_id");
    return set("vrf", Collections.unmodifiableMap(vrf));
  }

  /**
   * Adds an address to {@code secondary_ips}.
   *
   * @throws IllegalArgumentException when the address or the netmask is null or blank
   */
  public B secondaryIp(String address, String netmask) {
    Map<String, Object> ip = new LinkedHashMap<>();
    ip.put("address", Rules.requiredText(address, "secondary_ips.address"));
    ip.put("netmask", Rules.requiredText(netmask, "secondary_ips.netmask"));
    List<Object> ips = new ArrayList<>();
    if (get("secondary_ips") instanceof List<?> before) {
      ips.addAll(before);
    }
    ips.add(Collections.unmodifiableMap(ip));
    return set("secondary_ips", Collections.unmodifiableList(ips));
  }
}
