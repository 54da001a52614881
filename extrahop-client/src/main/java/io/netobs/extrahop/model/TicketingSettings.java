package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ticket tracking of detections in an external ticketing system ({@code GET /extrahop/ticketing}).
 *
 * @param enabled whether ticket tracking is on
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record TicketingSettings(
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public TicketingSettings {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
