package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the export list: the exports, and how many exports Kentik left out because their
 * stored data is invalid. Iterating over it iterates over {@link #exports()}.
 *
 * @param exports the exports returned; empty when there are none
 * @param invalidExportsCount how many exports were left out as invalid (a string on the wire)
 * @param unknownFields fields this SDK does not know
 */
public record CloudExportList(
    @JsonProperty("exports") List<CloudExport> exports,
    @JsonProperty("invalidExportsCount") long invalidExportsCount,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields)
    implements Iterable<CloudExport> {

  /** Copies the lists (none becomes empty). */
  public CloudExportList {
    exports = Maps.list(exports);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The exports, in the order Kentik sent them. */
  @Override
  public Iterator<CloudExport> iterator() {
    return exports.iterator();
  }
}
