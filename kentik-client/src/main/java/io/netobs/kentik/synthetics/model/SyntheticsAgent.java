package io.netobs.kentik.synthetics.model;

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
 * A synthetics agent: a Kentik global agent or one of the account's private agents, as the gateway
 * answers it. Change one with {@link io.netobs.kentik.synthetics.request.SyntheticsAgentUpdate}.
 *
 * @param id the agent's id
 * @param siteName the name of the agent's site
 * @param status whether the agent is authorized
 * @param alias the agent's display name
 * @param type {@code global} or {@code private}
 * @param os the agent's operating system
 * @param ip the agent's public address
 * @param latitude the agent's latitude ({@code lat})
 * @param longitude the agent's longitude ({@code long})
 * @param lastAuthed when the agent last authenticated
 * @param family the address families it tests ({@code IP_FAMILY_V4}, {@code IP_FAMILY_DUAL}, ...)
 * @param asn the autonomous system it is in (an int64, a string on the wire)
 * @param siteId the id of its site
 * @param version the agent's software version
 * @param city its city
 * @param region its region
 * @param country its country
 * @param testIds the ids of the tests it runs
 * @param localIp its private address
 * @param cloudRegion its cloud region, for cloud agents
 * @param cloudProvider its cloud provider, for cloud agents
 * @param agentImpl its implementation ({@code IMPLEMENT_TYPE_RUST}, ...)
 * @param labels its labels
 * @param metadata its address lists ({@code privateIpv4Addresses}, ...) as sent
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsAgent(
    @Nullable String id,
    @Nullable String siteName,
    @Nullable SyntheticsAgentStatus status,
    @Nullable String alias,
    @Nullable String type,
    @Nullable String os,
    @Nullable String ip,
    @JsonProperty("lat") @Nullable Double latitude,
    @JsonProperty("long") @Nullable Double longitude,
    @Nullable Instant lastAuthed,
    @Nullable String family,
    @Nullable Long asn,
    @Nullable String siteId,
    @Nullable String version,
    @Nullable String city,
    @Nullable String region,
    @Nullable String country,
    List<String> testIds,
    @Nullable String localIp,
    @Nullable String cloudRegion,
    @Nullable String cloudProvider,
    @Nullable String agentImpl,
    List<String> labels,
    Map<String, @Nullable Object> metadata,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsAgent {
    testIds = Maps.list(testIds);
    labels = Maps.list(labels);
    metadata = Maps.unknown(metadata);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
