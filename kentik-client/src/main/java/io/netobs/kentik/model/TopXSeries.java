package io.netobs.kentik.model;

import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The time series of one metric of a Query API row ({@code {"flow": [[time, value, period],
 * ...]}}).
 *
 * @param flow the points, oldest first as the service sent them
 * @param unknownFields fields this SDK does not know, as the service sent them
 */
public record TopXSeries(List<TopXPoint> flow, Map<String, @Nullable Object> unknownFields) {
  /**
   * Copies the lists and maps; null becomes empty.
   *
   * @param flow the points
   * @param unknownFields fields this SDK does not know
   */
  public TopXSeries {
    flow = Maps.list(flow);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
