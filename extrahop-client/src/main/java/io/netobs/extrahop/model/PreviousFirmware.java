package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The firmware version the appliance can roll back to ({@code GET /extrahop/firmware/previous}).
 *
 * @param version the firmware version
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record PreviousFirmware(
    @JsonProperty("version") @Nullable String version,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public PreviousFirmware {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
