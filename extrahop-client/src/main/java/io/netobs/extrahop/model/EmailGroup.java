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
 * An email group ({@code /emailgroups}). Email groups name themselves with {@code group_name}.
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param groupName the group's name
 * @param emailAddresses the addresses
 * @param systemNotifications whether the group receives system notifications
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record EmailGroup(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("group_name") @Nullable String groupName,
    @JsonProperty("email_addresses") List<String> emailAddresses,
    @JsonProperty("system_notifications") @Nullable Boolean systemNotifications,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public EmailGroup {
    emailAddresses = Copies.list(emailAddresses);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
