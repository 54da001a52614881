package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A static or dynamic device group ({@code /devicegroups}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the group's name
 * @param description a description
 * @param dynamic whether membership follows rules rather than assignments
 * @param field the field a dynamic group matches, e.g. {@code type}
 * @param value the value a dynamic group matches, e.g. {@code /^extrahop.device.ftp_server$/}
 * @param includeCustomDevices whether custom devices can be members
 * @param builtIn whether the group is built in
 * @param autoGen whether the appliance generated the group
 * @param filter the rule filter of a dynamic group on newer firmware, as sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DeviceGroup(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("dynamic") @Nullable Boolean dynamic,
    @JsonProperty("field") @Nullable String field,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("include_custom_devices") @Nullable Boolean includeCustomDevices,
    @JsonProperty("built_in") @Nullable Boolean builtIn,
    @JsonProperty("auto_gen") @Nullable Boolean autoGen,
    @JsonProperty("filter") @Nullable Object filter,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DeviceGroup {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
