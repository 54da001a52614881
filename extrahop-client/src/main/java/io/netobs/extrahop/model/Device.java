package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A device the appliance discovered ({@code /devices}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param nodeId the Discover node that sees the device, on a Command appliance
 * @param extrahopId the device's ExtraHop id
 * @param discoveryId the device's discovery id
 * @param displayName the name shown in the UI
 * @param defaultName the name the appliance gave the device
 * @param customName the name a user gave the device
 * @param description a description
 * @param userModTime when a user last changed the device
 * @param discoverTime when the device was discovered
 * @param lastSeenTime when the device was last seen
 * @param vlanid the VLAN id
 * @param parentId the id of the parent device (such as the router an L3 device is seen behind)
 * @param macaddr the MAC address
 * @param vendor the vendor
 * @param isL3 whether the device is an L3 device
 * @param ipaddr4 the IPv4 address
 * @param ipaddr6 the IPv6 address
 * @param deviceClass the device class ({@code node}, {@code custom}, ...)
 * @param cdpName the CDP name
 * @param dhcpName the DHCP name
 * @param netbiosName the NetBIOS name
 * @param dnsName the DNS name
 * @param customType the device role a user set
 * @param autoRole the role the appliance assigned
 * @param role the device role
 * @param model the device model
 * @param analysis the analysis level name
 * @param analysisLevel the analysis level
 * @param onWatchlist whether the device is on the watchlist
 * @param critical whether the device is marked critical
 * @param cloudAccount the cloud account
 * @param cloudInstanceId the cloud instance id
 * @param cloudInstanceName the cloud instance name
 * @param cloudInstanceType the cloud instance type
 * @param subnetId the cloud subnet id
 * @param vpcId the cloud VPC id
 * @param activity the activities (protocol roles) seen for the device
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Device(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") Instant modTime,
    @JsonProperty("node_id") Long nodeId,
    @JsonProperty("extrahop_id") String extrahopId,
    @JsonProperty("discovery_id") String discoveryId,
    @JsonProperty("display_name") String displayName,
    @JsonProperty("default_name") String defaultName,
    @JsonProperty("custom_name") String customName,
    @JsonProperty("description") String description,
    @JsonProperty("user_mod_time") Instant userModTime,
    @JsonProperty("discover_time") Instant discoverTime,
    @JsonProperty("last_seen_time") Instant lastSeenTime,
    @JsonProperty("vlanid") Integer vlanid,
    @JsonProperty("parent_id") Long parentId,
    @JsonProperty("macaddr") String macaddr,
    @JsonProperty("vendor") String vendor,
    @JsonProperty("is_l3") Boolean isL3,
    @JsonProperty("ipaddr4") String ipaddr4,
    @JsonProperty("ipaddr6") String ipaddr6,
    @JsonProperty("device_class") String deviceClass,
    @JsonProperty("cdp_name") String cdpName,
    @JsonProperty("dhcp_name") String dhcpName,
    @JsonProperty("netbios_name") String netbiosName,
    @JsonProperty("dns_name") String dnsName,
    @JsonProperty("custom_type") String customType,
    @JsonProperty("auto_role") String autoRole,
    @JsonProperty("role") String role,
    @JsonProperty("model") String model,
    @JsonProperty("analysis") String analysis,
    @JsonProperty("analysis_level") Integer analysisLevel,
    @JsonProperty("on_watchlist") Boolean onWatchlist,
    @JsonProperty("critical") Boolean critical,
    @JsonProperty("cloud_account") String cloudAccount,
    @JsonProperty("cloud_instance_id") String cloudInstanceId,
    @JsonProperty("cloud_instance_name") String cloudInstanceName,
    @JsonProperty("cloud_instance_type") String cloudInstanceType,
    @JsonProperty("subnet_id") String subnetId,
    @JsonProperty("vpc_id") String vpcId,
    @JsonProperty("activity") List<String> activity,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Device {
    activity = Copies.list(activity);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
