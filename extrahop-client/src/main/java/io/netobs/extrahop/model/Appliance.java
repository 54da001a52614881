package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("uuid") @Nullable String uuid,
    @JsonProperty("hostname") @Nullable String hostname,
    @JsonProperty("nickname") @Nullable String nickname,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("platform") @Nullable String platform,
    @JsonProperty("firmware_version") @Nullable String firmwareVersion,
    @JsonProperty("license_platform") @Nullable String licensePlatform,
    @JsonProperty("license_status") @Nullable String licenseStatus,
    @JsonProperty("status_message") @Nullable String statusMessage,
    @JsonProperty("connection_type") @Nullable String connectionType,
    @JsonProperty("data_access") @Nullable Boolean dataAccess,
    @JsonProperty("managed_by_local") @Nullable Boolean managedByLocal,
    @JsonProperty("manages_local") @Nullable Boolean managesLocal,
    @JsonProperty("fingerprint") @Nullable String fingerprint,
    @JsonProperty("add_time") @Nullable Instant addTime,
    @JsonProperty("sync_time") @Nullable Instant syncTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Appliance {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
