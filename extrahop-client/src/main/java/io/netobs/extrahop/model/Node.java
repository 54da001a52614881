package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;

/**
 * A Discover node connected to this Command appliance ({@code /nodes}).
 *
 * @param id the object's id
 * @param uuid the node's UUID
 * @param nickname the nickname
 * @param displayName the name shown
 * @param hostname the host name
 * @param enabled whether it reports to this appliance
 * @param firmwareVersion the firmware version
 * @param licenseStatus the license status
 * @param statusMessage the connection status
 * @param addTime when it was connected
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Node(
    @JsonProperty("id") long id,
    @JsonProperty("uuid") String uuid,
    @JsonProperty("nickname") String nickname,
    @JsonProperty("display_name") String displayName,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("firmware_version") String firmwareVersion,
    @JsonProperty("license_status") String licenseStatus,
    @JsonProperty("status_message") String statusMessage,
    @JsonProperty("add_time") Instant addTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Node {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
