package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One edge of an {@link ActivityMapTopology}: traffic from one device to another.
 *
 * @param from the id of the device the traffic comes from (the client)
 * @param to the id of the device it goes to (the server)
 * @param weight how much traffic, in the query's weighting (bytes, connections or turns)
 * @param annotations what the query's {@code edge_annotations} asked for, such as the protocols;
 *     null when none were asked for
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapEdge(
    @JsonProperty("from") @Nullable Long from,
    @JsonProperty("to") @Nullable Long to,
    @JsonProperty("weight") @Nullable Long weight,
    @JsonProperty("annotations") @Nullable ActivityMapAnnotations annotations,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapEdge {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
