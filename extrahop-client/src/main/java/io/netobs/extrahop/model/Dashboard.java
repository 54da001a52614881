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
 * A dashboard ({@code /dashboards}), addressed by id or by {@code ~short_code}.
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param author who created it
 * @param owner who owns it
 * @param shortCode the short code from the dashboard's URL (without the {@code ~})
 * @param comment a comment
 * @param rights what the caller may do with it
 * @param type the dashboard type
 * @param platform the platform
 * @param version the layout version
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Dashboard(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("owner") @Nullable String owner,
    @JsonProperty("short_code") @Nullable String shortCode,
    @JsonProperty("comment") @Nullable String comment,
    @JsonProperty("rights") List<String> rights,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("platform") @Nullable String platform,
    @JsonProperty("version") @Nullable String version,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Dashboard {
    rights = Copies.list(rights);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
