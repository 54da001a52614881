package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A DNS name observed for a device over a time ({@code GET /devices/{id}/dnsnames}).
 *
 * @param name the DNS name
 * @param fromTime when the name was first seen for the device, or null
 * @param untilTime when the name was last seen for the device, or null
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DeviceDnsName(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("from_time") @Nullable Instant fromTime,
    @JsonProperty("until_time") @Nullable Instant untilTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DeviceDnsName {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
