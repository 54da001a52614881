package io.netobs.kentik.model;

import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /query/topXdata}: one result per query sent, in the order sent.
 *
 * <pre>{@code
 * TopXData data = kentik.queries().topXData(query);
 * for (TopXRow row : data.results().get(0).data()) {
 *   System.out.println(row.key() + " " + row.value("avg_bits_per_sec").orElse(0));
 * }
 * }</pre>
 *
 * @param results one result per query
 * @param unknownFields fields this SDK does not know, as the service sent them
 */
public record TopXData(List<TopXResult> results, Map<String, @Nullable Object> unknownFields) {
  /**
   * Copies the list and map; null becomes empty.
   *
   * @param results one result per query
   * @param unknownFields fields this SDK does not know
   */
  public TopXData {
    results = Maps.list(results);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * The rows of the first (often the only) query.
   *
   * @return the rows, or an empty list when the answer holds no result
   */
  public List<TopXRow> rows() {
    return results.isEmpty() ? List.of() : results.get(0).data();
  }
}
