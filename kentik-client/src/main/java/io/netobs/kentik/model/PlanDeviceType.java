package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.util.Map;

/**
 * A device type a {@link Plan} accepts.
 *
 * @param deviceType the type, e.g. {@code router} or {@code host-nprobe-dns-www}
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record PlanDeviceType(
    @JsonProperty("device_type") String deviceType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public PlanDeviceType {
    unknownFields = Maps.unknown(unknownFields);
  }
}
