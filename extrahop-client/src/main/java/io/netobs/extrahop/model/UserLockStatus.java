package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a user is locked out after failed logins ({@code GET /users/{username}/lock}).
 *
 * @param locked whether the account is locked now
 * @param unknownFields every other field (failed attempts, lock times), as the server sent it
 */
public record UserLockStatus(
    @JsonProperty("locked") @Nullable Boolean locked,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public UserLockStatus {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** True only when the appliance said {@code "locked": true}. */
  public boolean isLocked() {
    return Boolean.TRUE.equals(locked);
  }
}
