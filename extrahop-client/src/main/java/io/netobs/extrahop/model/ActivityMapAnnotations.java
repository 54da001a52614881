package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The annotations of an {@link ActivityMapEdge}.
 *
 * @param protocols the protocols seen on the edge, each with its share of the weight (asked for
 *     with the edge annotation {@code protocols})
 * @param unknownFields other annotations, kept as the server sent them
 */
public record ActivityMapAnnotations(
    @JsonProperty("protocols") List<ActivityMapProtocol> protocols,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapAnnotations {
    protocols = Copies.list(protocols);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
