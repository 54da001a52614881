package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tag that groups sensors ({@code /appliances/sensortags}).
 *
 * @param id the tag's id
 * @param name the tag's name
 * @param sensors the ids of the sensors that carry the tag
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record SensorTag(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("sensors") List<Long> sensors,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public SensorTag {
    sensors = Copies.list(sensors);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
