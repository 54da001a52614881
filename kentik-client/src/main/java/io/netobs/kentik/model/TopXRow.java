package io.netobs.kentik.model;

import io.netobs.http.internal.UnknownFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One row of a top-X answer: the group it stands for, its figures, and its time series.
 *
 * @param key the row's key: the values of the query's dimensions, as the service joins them
 * @param name the row's display name; null when the service sent none
 * @param values every numeric field of the row by name: the aggregates of the query (by their
 *     {@code name}) and any numeric column the service adds
 * @param timeSeries the time series by metric name (e.g. {@code both_bits_per_sec}); empty when the
 *     query asked for none (no aggregate with {@code raw} set)
 * @param unknownFields the row's other fields (dimension columns and fields this SDK does not
 *     know), as the service sent them
 */
public record TopXRow(
    @Nullable String key,
    @Nullable String name,
    Map<String, Double> values,
    Map<String, TopXSeries> timeSeries,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Copies the maps, keeping their order; null becomes empty.
   *
   * @param key the row's key
   * @param name the row's display name
   * @param values numeric fields by name
   * @param timeSeries time series by metric name
   * @param unknownFields the other fields
   */
  public TopXRow {
    values =
        values == null || values.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    timeSeries =
        timeSeries == null || timeSeries.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(timeSeries));
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * The value of the aggregate (or numeric field) named {@code name}.
   *
   * @param name an aggregate's name, e.g. {@code avg_bits_per_sec}
   * @return the value, or empty when the row has no such numeric field
   */
  public OptionalDouble value(String name) {
    Double value = values.get(name);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
