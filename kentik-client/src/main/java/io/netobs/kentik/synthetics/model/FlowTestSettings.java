package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a {@code flow} test picks its targets from flow data.
 *
 * @param target the value matched (an ASN, a country, ...)
 * @param targetRefreshIntervalMillis how often targets are picked again
 * @param maxProviders at most this many providers
 * @param maxIpTargets at most this many addresses
 * @param type what {@code target} is ({@code asn}, {@code cdn}, {@code country}, ...)
 * @param inetDirection {@code src} or {@code dst}
 * @param direction {@code src} or {@code dst}
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record FlowTestSettings(
    @Nullable String target,
    @Nullable Long targetRefreshIntervalMillis,
    @Nullable Long maxProviders,
    @Nullable Long maxIpTargets,
    @Nullable String type,
    @Nullable String inetDirection,
    @Nullable String direction,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public FlowTestSettings {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
