package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An IP address observed for a device over a time ({@code GET /devices/{id}/ipaddrs}).
 *
 * @param ipaddr the IPv4 or IPv6 address
 * @param fromTime when the address was first seen for the device, or null
 * @param untilTime when the address was last seen for the device, or null
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DeviceIpAddress(
    @JsonProperty("ipaddr") @Nullable String ipaddr,
    @JsonProperty("from_time") @Nullable Instant fromTime,
    @JsonProperty("until_time") @Nullable Instant untilTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DeviceIpAddress {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
