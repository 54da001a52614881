package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The iDRAC address of the appliance ({@code GET /extrahop/idrac}).
 *
 * @param ipaddr the iDRAC IP address
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record IdracInfo(
    @JsonProperty("ipaddr") @Nullable String ipaddr,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public IdracInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
