package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device carrying a label, as a {@link DeviceLabel} lists it. The live API sends the device's id
 * as a string; it decodes from a string or a number.
 *
 * @param id the device's id
 * @param deviceName its name
 * @param deviceType its type, e.g. {@code router}
 * @param deviceSubtype its subtype, e.g. {@code router} or {@code kprobe}
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record LabelledDevice(
    long id,
    @JsonProperty("device_name") @Nullable String deviceName,
    @JsonProperty("device_type") @Nullable String deviceType,
    @JsonProperty("device_subtype") @Nullable String deviceSubtype,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public LabelledDevice {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
