package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flex grid ({@code /flexgrids}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param author who created it
 * @param owner who owns it
 * @param type the grid type
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record FlexGrid(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("owner") @Nullable String owner,
    @JsonProperty("type") @Nullable String type,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public FlexGrid {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
