package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The services of the appliance and whether each runs ({@code GET /extrahop/services}).
 *
 * @param snmp the SNMP service
 * @param ssh SSH access
 * @param gui the web interface
 * @param port80 the redirect from port 80 to HTTPS
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ServiceSettings(
    @JsonProperty("snmp") @Nullable ServiceState snmp,
    @JsonProperty("ssh") @Nullable ServiceState ssh,
    @JsonProperty("gui") @Nullable ServiceState gui,
    @JsonProperty("port80") @Nullable ServiceState port80,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ServiceSettings {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
