package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A threat collection: indicators (hosts, addresses, URIs) uploaded as STIX files ({@code GET
 * /threatcollections}).
 *
 * @param id the collection's id
 * @param name its name
 * @param userKey {@code user_key}: the key it can also be addressed by ({@code
 *     /threatcollections/~{user_key}})
 * @param lastUpdated {@code last_updated}: when its file was last uploaded
 * @param observables how many indicators it holds, when the appliance says
 * @param unknownFields every other field, as the server sent it
 */
public record ThreatCollection(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("user_key") @Nullable String userKey,
    @JsonProperty("last_updated") @Nullable Instant lastUpdated,
    @JsonProperty("observables") @Nullable Long observables,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public ThreatCollection {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
