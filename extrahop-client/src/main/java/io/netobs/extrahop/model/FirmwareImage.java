package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A firmware image uploaded to the appliance ({@code POST /extrahop/firmware}); the answer's fields
 * as the appliance sent them.
 *
 * @param version the version of the image, when the appliance names it
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record FirmwareImage(
    @JsonProperty("version") @Nullable String version,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public FirmwareImage {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
