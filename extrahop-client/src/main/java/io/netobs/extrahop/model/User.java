package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user of the appliance ({@code /users}), keyed by user name.
 *
 * @param username the login name
 * @param name the friendly name
 * @param type {@code local} or {@code remote}
 * @param enabled whether the user can log in
 * @param grantedRoles the privileges granted, e.g. {@code write: full}
 * @param effectiveRoles the privileges in effect
 * @param dateJoined when the user was created
 * @param lastLoginTime when the user last logged in
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record User(
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("granted_roles") Map<String, String> grantedRoles,
    @JsonProperty("effective_roles") Map<String, String> effectiveRoles,
    @JsonProperty("date_joined") @Nullable Instant dateJoined,
    @JsonProperty("last_login_time") @Nullable Instant lastLoginTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public User {
    grantedRoles = Copies.map(grantedRoles);
    effectiveRoles = Copies.map(effectiveRoles);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
