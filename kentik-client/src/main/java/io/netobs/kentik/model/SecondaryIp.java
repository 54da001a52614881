package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A secondary address of a device interface.
 *
 * @param address the address
 * @param netmask its netmask
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record SecondaryIp(
    @JsonProperty("address") @Nullable String address,
    @JsonProperty("netmask") @Nullable String netmask,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public SecondaryIp {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
