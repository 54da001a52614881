package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An API key's metadata ({@code /apikeys}). The key itself is sent only when the setup user's first
 * key is created; {@link #toString()} never shows it.
 *
 * @param id the object's id
 * @param username the user the key belongs to
 * @param description the key's description
 * @param timeAdded when the key was created
 * @param key the key (shown in full only on creation; usually masked)
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ApiKey(
    @JsonProperty("id") long id,
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("time_added") @Nullable Instant timeAdded,
    @JsonProperty("key") @Nullable String key,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ApiKey {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** Shows every field but the key. */
  @Override
  public String toString() {
    return "ApiKey[id="
        + id
        + ", username="
        + username
        + ", description="
        + description
        + ", timeAdded="
        + timeAdded
        + ", key="
        + (key == null ? null : "****")
        + "]";
  }
}
