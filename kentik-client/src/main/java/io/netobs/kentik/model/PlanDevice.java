package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device on a {@link Plan}.
 *
 * @param id the device's id (a string on the wire)
 * @param deviceName the device's name
 * @param deviceType the device's type, e.g. {@code router}
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record PlanDevice(
    long id,
    @JsonProperty("device_name") @Nullable String deviceName,
    @JsonProperty("device_type") @Nullable String deviceType,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public PlanDevice {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
