package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.util.Map;

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
    @JsonProperty("device_name") String deviceName,
    @JsonProperty("device_type") String deviceType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public PlanDevice {
    unknownFields = Maps.unknown(unknownFields);
  }
}
