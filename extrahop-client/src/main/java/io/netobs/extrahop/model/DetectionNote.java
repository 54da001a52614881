package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The notes of a detection tracked in an external ticketing system ({@code
 * /detections/{id}/notes}).
 *
 * @param note the text of the notes, or null when there are none
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DetectionNote(
    @JsonProperty("note") @Nullable String note,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DetectionNote {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
