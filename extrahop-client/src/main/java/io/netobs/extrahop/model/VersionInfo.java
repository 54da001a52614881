package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The firmware version ({@code GET /extrahop/version}).
 *
 * @param version the firmware version
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record VersionInfo(
    @JsonProperty("version") @Nullable String version,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public VersionInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
