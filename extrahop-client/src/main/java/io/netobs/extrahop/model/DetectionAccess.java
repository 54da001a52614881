package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Detections access control ({@code GET /extrahop/detections/access}): whether access to detections
 * is granted separately from other privileges.
 *
 * @param enabled whether detections access control is on
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DetectionAccess(
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DetectionAccess {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
