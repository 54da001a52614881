package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application ({@code /applications}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param nodeId the Discover node, on a Command appliance
 * @param name the name
 * @param discoveryId the discovery id
 * @param displayName the name shown in the UI
 * @param description a description
 * @param extrahopId the ExtraHop id
 * @param userModTime when a user last changed it
 * @param isUserCreated whether a user created it
 * @param isBuiltin whether it is built in, such as All Activity
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Application(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("node_id") @Nullable Long nodeId,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("discovery_id") @Nullable String discoveryId,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("extrahop_id") @Nullable String extrahopId,
    @JsonProperty("user_mod_time") @Nullable Instant userModTime,
    @JsonProperty("is_user_created") @Nullable Boolean isUserCreated,
    @JsonProperty("is_builtin") @Nullable Boolean isBuiltin,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Application {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
