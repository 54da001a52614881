package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device type a {@link Plan} accepts.
 *
 * @param deviceType the type, e.g. {@code router} or {@code host-nprobe-dns-www}
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record PlanDeviceType(
    @JsonProperty("device_type") @Nullable String deviceType,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public PlanDeviceType {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
