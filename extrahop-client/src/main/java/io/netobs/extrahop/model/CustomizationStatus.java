package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the latest backup attempt went ({@code GET /customizations/status}).
 *
 * @param status the status word as the appliance wrote it (e.g. {@code success}, {@code failed},
 *     {@code in_progress})
 * @param unknownFields every other field (times, the backup's name, an error message), as the
 *     server sent it
 */
public record CustomizationStatus(
    @JsonProperty("status") @Nullable String status,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public CustomizationStatus {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
