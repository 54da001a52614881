package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code PUT /devices/{id}/labels} answers: the device, shortened to its id and name, with the
 * labels it carries now.
 *
 * @param id the device's id (a string on the wire)
 * @param deviceName the device's name
 * @param labels every label the device carries after the call
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record AppliedLabels(
    long id,
    @JsonProperty("device_name") @Nullable String deviceName,
    List<DeviceLabel> labels,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public AppliedLabels {
    labels = Maps.list(labels);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
