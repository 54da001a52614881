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
 * A protocol seen on an activity map edge, with its share of the edge's weight.
 *
 * @param weight the share of the edge's weight
 * @param protocol the protocol stack, outermost first, such as {@code ["IPv4", "TCP", "HTTP"]}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapProtocol(
    @JsonProperty("weight") @Nullable Long weight,
    @JsonProperty("protocol") List<String> protocol,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapProtocol {
    protocol = Copies.list(protocol);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
