package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An interface of a Kentik device as the API answers it. The reads and the writes of the API
 * disagree on types, and this record takes either form: {@code snmp_speed} and {@code vrf_id} come
 * as strings on a read and as numbers in the answer to a create or update; an interface without a
 * VRF has {@code "vrf": null} on a read and {@code "vrf": {}} after a write, both read as {@code
 * vrf() == null}. Create one with {@link io.netobs.kentik.request.DeviceInterfaceCreate}.
 *
 * @param id the interface's id (a string on the wire)
 * @param companyId the customer's id (a string on the wire)
 * @param deviceId the id of the device the interface belongs to
 * @param snmpId the interface's SNMP index, as text
 * @param snmpSpeed the interface's speed in Mbit/s; null when the answer carried none
 * @param interfaceDescription the interface's description
 * @param snmpAlias the SNMP alias
 * @param interfaceIp the interface's address
 * @param interfaceIpNetmask the netmask of {@code interfaceIp}
 * @param vrfId the id of the interface's VRF; null without one
 * @param vrf the interface's VRF as a read shows it; null without one, and after a create or update
 *     (whose answer carries only {@code vrfId})
 * @param secondaryIps further addresses of the interface; empty when none
 * @param provider the interface's provider, when classified
 * @param initialSnmpId the SNMP index first seen; may be an empty string
 * @param initialSnmpAlias the SNMP alias first seen
 * @param initialInterfaceDescription the description first seen
 * @param initialSnmpSpeed the speed first seen, in Mbit/s
 * @param topNexthopAsns the next-hop ASNs with the most packets; empty when none
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record DeviceInterface(
    long id,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("device_id") long deviceId,
    @JsonProperty("snmp_id") @Nullable String snmpId,
    @JsonProperty("snmp_speed") @Nullable Long snmpSpeed,
    @JsonProperty("interface_description") @Nullable String interfaceDescription,
    @JsonProperty("snmp_alias") @Nullable String snmpAlias,
    @JsonProperty("interface_ip") @Nullable String interfaceIp,
    @JsonProperty("interface_ip_netmask") @Nullable String interfaceIpNetmask,
    @JsonProperty("vrf_id") @Nullable Long vrfId,
    @JsonProperty("vrf") @Nullable InterfaceVrf vrf,
    @JsonProperty("secondary_ips") List<SecondaryIp> secondaryIps,
    @JsonProperty("provider") @Nullable String provider,
    @JsonProperty("initial_snmp_id") @Nullable String initialSnmpId,
    @JsonProperty("initial_snmp_alias") @Nullable String initialSnmpAlias,
    @JsonProperty("initial_interface_description") @Nullable String initialInterfaceDescription,
    @JsonProperty("initial_snmp_speed") @Nullable Long initialSnmpSpeed,
    @JsonProperty("top_nexthop_asns") List<NexthopAsn> topNexthopAsns,
    @JsonProperty("cdate") @Nullable Instant cdate,
    @JsonProperty("edate") @Nullable Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /**
   * Copies the lists and keeps the unknown fields; an empty VRF object, which a write answers for
   * an interface without one, becomes null as on a read.
   */
  public DeviceInterface {
    // A write answers "vrf": {} for an interface without a VRF: the same as a read's null.
    vrf = vrf == null || vrf.isEmpty() ? null : vrf;
    secondaryIps = Maps.list(secondaryIps);
    topNexthopAsns = Maps.list(topNexthopAsns);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
