package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an activity map topology query ({@code POST /activitymaps/query}, {@code POST
 * /activitymaps/{id}/query}): who talked to whom in the window, as weighted edges.
 *
 * <pre>{@code
 * {"from": 1675749690000, "until": 1675751490000, "warnings": [],
 *  "edges": [{"from": 206, "to": 3564, "weight": 36,
 *             "annotations": {"protocols": [{"weight": 36, "protocol": ["IPv4", "ICMP"]}]}}]}
 * }</pre>
 *
 * @param from the start of the window the appliance used
 * @param until the end of the window the appliance used
 * @param edges the edges, each from one device to another
 * @param warnings what the appliance warns about the query (such as a result cut short), as sent:
 *     usually strings
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapTopology(
    @JsonProperty("from") @Nullable Instant from,
    @JsonProperty("until") @Nullable Instant until,
    @JsonProperty("edges") List<ActivityMapEdge> edges,
    @JsonProperty("warnings") List<Object> warnings,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapTopology {
    edges = Copies.list(edges);
    warnings = Copies.list(warnings);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
