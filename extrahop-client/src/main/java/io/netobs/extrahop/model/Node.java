package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("uuid") @Nullable String uuid,
    @JsonProperty("nickname") @Nullable String nickname,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("hostname") @Nullable String hostname,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("firmware_version") @Nullable String firmwareVersion,
    @JsonProperty("license_status") @Nullable String licenseStatus,
    @JsonProperty("status_message") @Nullable String statusMessage,
    @JsonProperty("add_time") @Nullable Instant addTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Node {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
