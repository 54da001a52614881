package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user group ({@code /usergroups}), keyed by a string id such as {@code remote.admins}.
 *
 * @param id the group id
 * @param name the name
 * @param displayName the name shown
 * @param type {@code local} or {@code remote}
 * @param enabled whether it is enabled
 * @param isRemote whether it comes from LDAP
 * @param lastSyncTime when it was last refreshed from LDAP
 * @param memberCount how many members it has
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record UserGroup(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("is_remote") @Nullable Boolean isRemote,
    @JsonProperty("last_sync_time") @Nullable Instant lastSyncTime,
    @JsonProperty("member_count") @Nullable Integer memberCount,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public UserGroup {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
