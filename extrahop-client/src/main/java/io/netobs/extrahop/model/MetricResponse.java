package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a metric query: {@code {cycle, node_id, clock, from, until, stats: [...]}}. On a
 * console whose answer came in several parts, the parts are merged into one (see {@code Metrics}).
 *
 * @param cycle the cycle the appliance used
 * @param nodeId the node that answered; null when merged parts came from different nodes
 * @param clock the appliance's time when it answered
 * @param from the start of the range
 * @param until the end of the range
 * @param stats one row per object and interval
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record MetricResponse(
    @JsonProperty("cycle") @Nullable Cycle cycle,
    @JsonProperty("node_id") @Nullable Long nodeId,
    @JsonProperty("clock") @Nullable Instant clock,
    @JsonProperty("from") @Nullable Instant from,
    @JsonProperty("until") @Nullable Instant until,
    @JsonProperty("stats") List<MetricStat> stats,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public MetricResponse {
    stats = Models.copy(stats);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The rows of one object. */
  public List<MetricStat> statsFor(long oid) {
    return stats.stream().filter(s -> s.oid() == oid).toList();
  }
}
