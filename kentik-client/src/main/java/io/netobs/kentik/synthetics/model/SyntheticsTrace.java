package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The network paths a test's traceroutes took: the nodes seen, by id, and the paths from agents to
 * targets.
 *
 * @param nodes the nodes by id
 * @param paths the paths
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTrace(
    Map<String, SyntheticsTraceNode> nodes,
    List<SyntheticsTracePath> paths,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTrace {
    nodes = nodes == null ? Map.of() : Map.copyOf(nodes);
    paths = Maps.list(paths);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
