package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Metadata about the appliance and its firmware ({@code GET /extrahop}).
 *
 * @param version the firmware version
 * @param platform the platform
 * @param edition the edition
 * @param displayHost the host name shown
 * @param mgmtIpaddr the management IP address
 * @param extrahopId the appliance's ExtraHop id
 * @param hostname the host name
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ApplianceInfo(
    @JsonProperty("version") @Nullable String version,
    @JsonProperty("platform") @Nullable String platform,
    @JsonProperty("edition") @Nullable String edition,
    @JsonProperty("display_host") @Nullable String displayHost,
    @JsonProperty("mgmt_ipaddr") @Nullable String mgmtIpaddr,
    @JsonProperty("extrahop_id") @Nullable String extrahopId,
    @JsonProperty("hostname") @Nullable String hostname,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ApplianceInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
