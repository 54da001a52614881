package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import java.util.Map;

/**
 * A firmware version, such as the one the appliance can roll back to ({@code GET
 * /extrahop/firmware/previous}).
 *
 * @param version the firmware version
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record FirmwareVersion(
    @JsonProperty("version") String version,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public FirmwareVersion {
    unknownFields = Copies.map(unknownFields);
  }
}
