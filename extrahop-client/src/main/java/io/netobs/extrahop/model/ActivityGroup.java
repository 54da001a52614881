package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An activity group: devices grouped by their traffic ({@code /activitygroups}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the group's name
 * @param displayName the name shown in the UI
 * @param discoveryId the discovery id
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityGroup(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("discovery_id") @Nullable String discoveryId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityGroup {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
