package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The VRF of a device interface, as a read of the interface shows it.
 *
 * @param id the VRF's id; null when the answer carried none
 * @param name the VRF's name
 * @param description an optional description
 * @param routeTarget the route target
 * @param routeDistinguisher the route distinguisher
 * @param extRouteDistinguisher the external route distinguisher, when the answer carries one
 * @param companyId the customer's id (a string on the wire)
 * @param deviceId the id of the device it belongs to; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record InterfaceVrf(
    @Nullable Long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("route_target") @Nullable String routeTarget,
    @JsonProperty("route_distinguisher") @Nullable String routeDistinguisher,
    @JsonProperty("ext_route_distinguisher") @Nullable String extRouteDistinguisher,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("device_id") @Nullable Long deviceId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public InterfaceVrf {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** Whether no field is set: how a create's or an update's answer shows "no VRF" ({@code {}}). */
  public boolean isEmpty() {
    return id == null
        && name == null
        && description == null
        && routeTarget == null
        && routeDistinguisher == null
        && extRouteDistinguisher == null
        && companyId == null
        && deviceId == null
        && unknownFields.isEmpty();
  }
}
