package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;

/**
 * Ticket tracking of detections in an external ticketing system ({@code GET /extrahop/ticketing}).
 *
 * @param enabled whether ticket tracking is on
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record TicketingSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public TicketingSettings {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
