package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A VLAN ({@code /vlans}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param vlanid the VLAN number
 * @param networkId the network
 * @param nodeId the Discover node
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Vlan(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("vlanid") @Nullable Integer vlanid,
    @JsonProperty("network_id") @Nullable Long networkId,
    @JsonProperty("node_id") @Nullable Long nodeId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Vlan {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
