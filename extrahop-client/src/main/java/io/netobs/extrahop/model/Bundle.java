package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a bundle saved on the appliance ({@code GET /bundles}).
 *
 * @param id the bundle's id
 * @param name its name
 * @param description its description
 * @param builtIn {@code built_in}: whether it came with the appliance
 * @param createdTime {@code created_time}: when it was created or uploaded
 * @param unknownFields every other field, as the server sent it
 */
public record Bundle(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("built_in") @Nullable Boolean builtIn,
    @JsonProperty("created_time") @Nullable Instant createdTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public Bundle {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
