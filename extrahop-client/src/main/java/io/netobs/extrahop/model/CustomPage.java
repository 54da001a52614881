package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom page ({@code /pages}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param author who created it
 * @param owner who owns it
 * @param platform the platform
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record CustomPage(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("owner") @Nullable String owner,
    @JsonProperty("platform") @Nullable String platform,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public CustomPage {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
