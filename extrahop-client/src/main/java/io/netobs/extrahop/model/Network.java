package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A network (a capture interface, or a connected Discover appliance on a Command appliance) ({@code
 * /networks}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param applianceUuid the appliance's UUID
 * @param idle whether the network is idle
 * @param nodeId the Discover node
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Network(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("appliance_uuid") @Nullable String applianceUuid,
    @JsonProperty("idle") @Nullable Boolean idle,
    @JsonProperty("node_id") @Nullable Long nodeId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Network {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
