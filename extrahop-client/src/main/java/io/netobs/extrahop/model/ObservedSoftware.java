package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A piece of software the appliance has observed on the network ({@code /software}, {@code
 * /devices/{id}/software}).
 *
 * @param id the software's id, a string
 * @param softwareType what kind of software it is, such as {@code os} or {@code browser}
 * @param name the name
 * @param version the version, as observed
 * @param description a description
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ObservedSoftware(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("software_type") @Nullable String softwareType,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("version") @Nullable String version,
    @JsonProperty("description") @Nullable String description,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ObservedSoftware {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
