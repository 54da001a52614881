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
 * An activity map ({@code /activitymaps}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param mode the layout: {@code 2dforce} or {@code 3dforce}
 * @param owner who owns it
 * @param rights what the caller may do with it
 * @param shortCode the short code
 * @param showAlertStatus whether alert status is shown
 * @param walks the walks that build the map
 * @param weighting what weighs the edges: {@code bytes}, {@code connections} or {@code turns}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMap(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("mode") @Nullable String mode,
    @JsonProperty("owner") @Nullable String owner,
    @JsonProperty("rights") List<String> rights,
    @JsonProperty("short_code") @Nullable String shortCode,
    @JsonProperty("show_alert_status") @Nullable Boolean showAlertStatus,
    @JsonProperty("walks") List<ActivityMapWalk> walks,
    @JsonProperty("weighting") @Nullable String weighting,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMap {
    rights = Copies.list(rights);
    walks = Copies.list(walks);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
