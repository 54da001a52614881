package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tenant of the My Kentik Portal, with its users.
 *
 * @param id the tenant's id
 * @param name the tenant's name
 * @param description its description
 * @param users the tenant's users; empty when none
 * @param createdDate when it was created; null when the answer carried none
 * @param updatedDate when it was last changed; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record Tenant(
    long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("users") List<TenantUser> users,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public Tenant {
    users = Maps.list(users);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
