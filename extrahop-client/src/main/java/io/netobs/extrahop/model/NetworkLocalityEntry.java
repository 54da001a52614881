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
 * An entry of the network locality list ({@code /networklocality}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param network the IP address or CIDR block
 * @param networks the IP addresses or CIDR blocks (newer firmware)
 * @param external whether the addresses are external
 * @param description a description
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record NetworkLocalityEntry(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("network") @Nullable String network,
    @JsonProperty("networks") List<String> networks,
    @JsonProperty("external") @Nullable Boolean external,
    @JsonProperty("description") @Nullable String description,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public NetworkLocalityEntry {
    networks = Copies.list(networks);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
