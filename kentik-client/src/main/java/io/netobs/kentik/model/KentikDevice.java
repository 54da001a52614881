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
 * A device (a router or a host sending flows) as the Device API answers it ({@code {"device":
 * {...}}}). The live API sends {@code id}, {@code company_id} and {@code device_sample_rate} as
 * strings; the numbers decode from either form. The fields this record does not name (SNMP
 * settings, interfaces, custom columns, ...) are kept in {@code unknownFields}; passwords and
 * passphrases arrive masked by the service.
 *
 * <p>Create and change devices with {@link io.netobs.kentik.request.KentikDeviceCreate} and {@link
 * io.netobs.kentik.request.KentikDeviceUpdate}.
 *
 * @param id the device's id
 * @param companyId the customer's id, as text
 * @param deviceName the device's name
 * @param deviceType {@code router}, {@code host-nprobe-dns-www}, or another type
 * @param deviceSubtype e.g. {@code router}, {@code kprobe}, {@code aws_subnet}
 * @param deviceDescription the description, or null
 * @param deviceSampleRate the sample rate (1 in N flows)
 * @param deviceStatus the status letter the service reports, e.g. {@code V}
 * @param deviceFlowType the flow type, e.g. {@code auto}
 * @param sendingIps the addresses the device sends flows from
 * @param deviceSnmpIp the address SNMP polls, or null
 * @param minimizeSnmp whether SNMP polling is reduced; null when the answer carried none
 * @param deviceBgpType how the device gets BGP routes; null when the answer carried none
 * @param deviceBgpNeighborIp the IPv4 BGP neighbour, or null
 * @param deviceBgpNeighborIp6 the IPv6 BGP neighbour, or null
 * @param deviceBgpNeighborAsn the BGP neighbour's ASN as the service sends it (text), or null
 * @param deviceBgpFlowspec whether BGP flowspec is on; null when the answer carried none
 * @param useBgpDeviceId the device whose BGP table this one uses, or null
 * @param cdnAttr the CDN attribute of host devices ({@code Y}, {@code N}, {@code None}), or null
 * @param plan the device's plan, or null
 * @param site the device's site, or null
 * @param labels the labels the device carries
 * @param createdDate when it was created; null when absent
 * @param updatedDate when it last changed; null when absent
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record KentikDevice(
    long id,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("device_name") @Nullable String deviceName,
    @JsonProperty("device_type") @Nullable String deviceType,
    @JsonProperty("device_subtype") @Nullable String deviceSubtype,
    @JsonProperty("device_description") @Nullable String deviceDescription,
    @JsonProperty("device_sample_rate") long deviceSampleRate,
    @JsonProperty("device_status") @Nullable String deviceStatus,
    @JsonProperty("device_flow_type") @Nullable String deviceFlowType,
    @JsonProperty("sending_ips") List<String> sendingIps,
    @JsonProperty("device_snmp_ip") @Nullable String deviceSnmpIp,
    @JsonProperty("minimize_snmp") @Nullable Boolean minimizeSnmp,
    @JsonProperty("device_bgp_type") @Nullable DeviceBgpType deviceBgpType,
    @JsonProperty("device_bgp_neighbor_ip") @Nullable String deviceBgpNeighborIp,
    @JsonProperty("device_bgp_neighbor_ip6") @Nullable String deviceBgpNeighborIp6,
    @JsonProperty("device_bgp_neighbor_asn") @Nullable String deviceBgpNeighborAsn,
    @JsonProperty("device_bgp_flowspec") @Nullable Boolean deviceBgpFlowspec,
    @JsonProperty("use_bgp_device_id") @Nullable Long useBgpDeviceId,
    @JsonProperty("cdn_attr") @Nullable String cdnAttr,
    @Nullable DevicePlan plan,
    @Nullable KentikSite site,
    List<DeviceLabel> labels,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public KentikDevice {
    sendingIps = Maps.list(sendingIps);
    labels = Maps.list(labels);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
