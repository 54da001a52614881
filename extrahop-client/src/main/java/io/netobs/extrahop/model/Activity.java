package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One activity (a protocol role seen for a while) of a device or an application ({@code GET
 * /devices/{id}/activity}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param deviceId the device, for device activity
 * @param applicationId the application, for application activity
 * @param statName the statistic, e.g. {@code extrahop.device.http_server}
 * @param fromTime when the activity began
 * @param untilTime when it was last seen
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Activity(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("device_id") @Nullable Long deviceId,
    @JsonProperty("application_id") @Nullable Long applicationId,
    @JsonProperty("stat_name") @Nullable String statName,
    @JsonProperty("from_time") @Nullable Instant fromTime,
    @JsonProperty("until_time") @Nullable Instant untilTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Activity {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
