package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The platform of the appliance ({@code GET /extrahop/platform}).
 *
 * @param platform the platform name
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record PlatformInfo(
    @JsonProperty("platform") @Nullable String platform,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public PlatformInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
