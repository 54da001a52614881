package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("node_id") @Nullable Long nodeId,
    @JsonProperty("extrahop_id") @Nullable String extrahopId,
    @JsonProperty("discovery_id") @Nullable String discoveryId,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("default_name") @Nullable String defaultName,
    @JsonProperty("custom_name") @Nullable String customName,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("user_mod_time") @Nullable Instant userModTime,
    @JsonProperty("discover_time") @Nullable Instant discoverTime,
    @JsonProperty("last_seen_time") @Nullable Instant lastSeenTime,
    @JsonProperty("vlanid") @Nullable Integer vlanid,
    @JsonProperty("parent_id") @Nullable Long parentId,
    @JsonProperty("macaddr") @Nullable String macaddr,
    @JsonProperty("vendor") @Nullable String vendor,
    @JsonProperty("is_l3") @Nullable Boolean isL3,
    @JsonProperty("ipaddr4") @Nullable String ipaddr4,
    @JsonProperty("ipaddr6") @Nullable String ipaddr6,
    @JsonProperty("device_class") @Nullable String deviceClass,
    @JsonProperty("cdp_name") @Nullable String cdpName,
    @JsonProperty("dhcp_name") @Nullable String dhcpName,
    @JsonProperty("netbios_name") @Nullable String netbiosName,
    @JsonProperty("dns_name") @Nullable String dnsName,
    @JsonProperty("custom_type") @Nullable String customType,
    @JsonProperty("auto_role") @Nullable String autoRole,
    @JsonProperty("role") @Nullable String role,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("analysis") @Nullable String analysis,
    @JsonProperty("analysis_level") @Nullable Integer analysisLevel,
    @JsonProperty("on_watchlist") @Nullable Boolean onWatchlist,
    @JsonProperty("critical") @Nullable Boolean critical,
    @JsonProperty("cloud_account") @Nullable String cloudAccount,
    @JsonProperty("cloud_instance_id") @Nullable String cloudInstanceId,
    @JsonProperty("cloud_instance_name") @Nullable String cloudInstanceName,
    @JsonProperty("cloud_instance_type") @Nullable String cloudInstanceType,
    @JsonProperty("subnet_id") @Nullable String subnetId,
    @JsonProperty("vpc_id") @Nullable String vpcId,
    @JsonProperty("activity") List<String> activity,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Device {
    activity = Copies.list(activity);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
