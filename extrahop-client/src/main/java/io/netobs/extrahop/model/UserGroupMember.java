package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member of a user group ({@code GET /usergroups/{id}/members}).
 *
 * @param username the login name
 * @param name the friendly name
 * @param type {@code local} or {@code remote}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record UserGroupMember(
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("type") @Nullable String type,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public UserGroupMember {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
