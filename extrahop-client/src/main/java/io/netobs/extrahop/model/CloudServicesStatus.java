package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of ExtraHop Cloud Services on this appliance ({@code GET /appliances/0/cloudservices}).
 *
 * @param enabled whether the appliance is connected to cloud services, when the appliance says
 * @param status the connection status, when the appliance says
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record CloudServicesStatus(
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("status") @Nullable String status,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public CloudServicesStatus {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
