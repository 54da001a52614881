package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A node seen on a traceroute.
 *
 * @param ip its address
 * @param asn its autonomous system
 * @param asName the autonomous system's name
 * @param location where it is (latitude, longitude, country, region, city), as sent
 * @param dnsName its DNS name
 * @param deviceId the Kentik device it is, if any
 * @param siteId the Kentik site it is in, if any
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTraceNode(
    @Nullable String ip,
    @Nullable Long asn,
    @Nullable String asName,
    Map<String, @Nullable Object> location,
    @Nullable String dnsName,
    @Nullable String deviceId,
    @Nullable String siteId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTraceNode {
    location = Maps.unknown(location);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
