package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who may see or edit a dashboard or an activity map ({@code GET .../sharing}).
 *
 * @param anyone the access every user has, or null for none
 * @param users access per user name
 * @param groups access per user group id
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Sharing(
    @JsonProperty("anyone") @Nullable SharingRole anyone,
    @JsonProperty("users") Map<String, SharingRole> users,
    @JsonProperty("groups") Map<String, SharingRole> groups,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Sharing {
    users = Copies.map(users);
    groups = Copies.map(groups);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
