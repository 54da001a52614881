package io.netobs.kentik.model;

import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one query of a top-X request: the bucket it was sent in and its rows, sorted as the
 * query's {@code outsort} asked.
 *
 * @param bucket the bucket the query was sent in, e.g. {@code Left +Y Axis}
 * @param data the rows
 * @param unknownFields fields this SDK does not know, as the service sent them
 */
public record TopXResult(
    @Nullable String bucket, List<TopXRow> data, Map<String, @Nullable Object> unknownFields) {
  /**
   * Copies the list and map; null becomes empty.
   *
   * @param bucket the bucket
   * @param data the rows
   * @param unknownFields fields this SDK does not know
   */
  public TopXResult {
    data = Maps.list(data);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
