package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The packet sensor an IDS sensor is joined to ({@code GET /appliances/{ids_id}/association}).
 *
 * @param associatedSensorId the packet sensor's id, or null when the IDS sensor is joined to none
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record SensorAssociation(
    @JsonProperty("associated_sensor_id") @Nullable Long associatedSensorId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public SensorAssociation {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
