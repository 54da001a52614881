package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;

/**
 * The iDRAC address of the appliance ({@code GET /extrahop/idrac}).
 *
 * @param ipaddr the iDRAC IP address
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record IdracInfo(
    @JsonProperty("ipaddr") String ipaddr,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public IdracInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
