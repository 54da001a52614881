package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.util.Map;

/**
 * A secondary address of a device interface.
 *
 * @param address the address
 * @param netmask its netmask
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record SecondaryIp(
    @JsonProperty("address") String address,
    @JsonProperty("netmask") String netmask,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public SecondaryIp {
    unknownFields = Maps.unknown(unknownFields);
  }
}
