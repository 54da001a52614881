package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
    @JsonProperty("mod_time") Instant modTime,
    @JsonProperty("name") String name,
    @JsonProperty("author") String author,
    @JsonProperty("owner") String owner,
    @JsonProperty("short_code") String shortCode,
    @JsonProperty("comment") String comment,
    @JsonProperty("rights") List<String> rights,
    @JsonProperty("type") String type,
    @JsonProperty("platform") String platform,
    @JsonProperty("version") String version,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Dashboard {
    rights = Copies.list(rights);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
