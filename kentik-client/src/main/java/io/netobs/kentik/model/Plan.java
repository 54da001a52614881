package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan of the account: what it allows (devices, flows per second, retention, BGP) and the devices
 * on it. Plans are read-only through the API.
 *
 * @param id the plan's id
 * @param companyId the customer's id
 * @param name the plan's name
 * @param description its description
 * @param active whether the plan is active
 * @param maxDevices how many devices it allows
 * @param maxFps the flows per second it allows
 * @param bgpEnabled whether BGP is enabled
 * @param fastRetention the retention of fast (sampled) data, in days
 * @param fullRetention the retention of full data, in days
 * @param maxBigdataFps the flows per second of big data it allows
 * @param deviceTypes the device types the plan accepts; empty when none
 * @param devices the devices on the plan; empty when none
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none (the API may omit it)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record Plan(
    long id,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("active") boolean active,
    @JsonProperty("max_devices") long maxDevices,
    @JsonProperty("max_fps") long maxFps,
    @JsonProperty("bgp_enabled") boolean bgpEnabled,
    @JsonProperty("fast_retention") long fastRetention,
    @JsonProperty("full_retention") long fullRetention,
    @JsonProperty("max_bigdata_fps") long maxBigdataFps,
    @JsonProperty("deviceTypes") List<PlanDeviceType> deviceTypes,
    @JsonProperty("devices") List<PlanDevice> devices,
    @JsonProperty("cdate") @Nullable Instant cdate,
    @JsonProperty("edate") @Nullable Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public Plan {
    deviceTypes = Maps.list(deviceTypes);
    devices = Maps.list(devices);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
