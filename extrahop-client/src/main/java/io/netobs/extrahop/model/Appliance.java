package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;

/**
 * An appliance connected to this one ({@code /appliances}).
 *
 * @param id the object's id
 * @param uuid the appliance's UUID
 * @param hostname the host name
 * @param nickname the nickname
 * @param displayName the name shown in the UI
 * @param platform the platform: {@code discover}, {@code command}, ...
 * @param firmwareVersion the firmware version
 * @param licensePlatform the licensed platform
 * @param licenseStatus the license status
 * @param statusMessage the connection status
 * @param connectionType the connection type
 * @param dataAccess whether data is shared
 * @param managedByLocal whether this appliance manages it
 * @param managesLocal whether it manages this appliance
 * @param fingerprint the certificate fingerprint
 * @param addTime when it was connected
 * @param syncTime when it last synchronized
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Appliance(
    @JsonProperty("id") long id,
    @JsonProperty("uuid") String uuid,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("nickname") String nickname,
    @JsonProperty("display_name") String displayName,
    @JsonProperty("platform") String platform,
    @JsonProperty("firmware_version") String firmwareVersion,
    @JsonProperty("license_platform") String licensePlatform,
    @JsonProperty("license_status") String licenseStatus,
    @JsonProperty("status_message") String statusMessage,
    @JsonProperty("connection_type") String connectionType,
    @JsonProperty("data_access") Boolean dataAccess,
    @JsonProperty("managed_by_local") Boolean managedByLocal,
    @JsonProperty("manages_local") Boolean managesLocal,
    @JsonProperty("fingerprint") String fingerprint,
    @JsonProperty("add_time") Instant addTime,
    @JsonProperty("sync_time") Instant syncTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Appliance {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
