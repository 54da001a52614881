package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One traceroute: its hops and AS path.
 *
 * @param asPath the autonomous systems passed
 * @param isComplete whether it reached the target
 * @param hops the hops, in order
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsRoute(
    List<Long> asPath,
    @Nullable Boolean isComplete,
    List<SyntheticsHop> hops,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsRoute {
    asPath = Maps.list(asPath);
    hops = Maps.list(hops);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
