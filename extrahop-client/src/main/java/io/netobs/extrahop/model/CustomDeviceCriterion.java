package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a custom device ({@code /customdevices/{id}/criteria}).
 *
 * @param id the criterion's id
 * @param customDeviceId the custom device it belongs to
 * @param ipaddr an IP address or CIDR block
 * @param ipaddrPeer a peer IP address or CIDR block
 * @param srcPortMin the lowest source port
 * @param srcPortMax the highest source port
 * @param dstPortMin the lowest destination port
 * @param dstPortMax the highest destination port
 * @param vlanMin the lowest VLAN
 * @param vlanMax the highest VLAN
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record CustomDeviceCriterion(
    @JsonProperty("id") long id,
    @JsonProperty("custom_device_id") @Nullable Long customDeviceId,
    @JsonProperty("ipaddr") @Nullable String ipaddr,
    @JsonProperty("ipaddr_peer") @Nullable String ipaddrPeer,
    @JsonProperty("src_port_min") @Nullable Integer srcPortMin,
    @JsonProperty("src_port_max") @Nullable Integer srcPortMax,
    @JsonProperty("dst_port_min") @Nullable Integer dstPortMin,
    @JsonProperty("dst_port_max") @Nullable Integer dstPortMax,
    @JsonProperty("vlan_min") @Nullable Integer vlanMin,
    @JsonProperty("vlan_max") @Nullable Integer vlanMax,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public CustomDeviceCriterion {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
