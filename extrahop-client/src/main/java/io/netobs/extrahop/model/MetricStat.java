package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a metric answer: the values of one object over one interval. {@code values} holds one
 * entry per metric spec of the query, in order, as plain Java values: a Number for a count, a List
 * for percentiles or a keyed metric, a Map for a dataset or a key, null when the appliance has
 * none.
 *
 * @param oid the object's id ({@code -1} in totals)
 * @param time the start of the interval
 * @param durationMillis {@code duration}: the length of the interval in milliseconds
 * @param values one value per metric spec
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record MetricStat(
    @JsonProperty("oid") long oid,
    @JsonProperty("time") @Nullable Instant time,
    @JsonProperty("duration") long durationMillis,
    @JsonProperty("values") List<@Nullable Object> values,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public MetricStat {
    values = Models.copy(values);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The length of the interval. */
  public Duration duration() {
    return Duration.ofMillis(durationMillis);
  }

  /**
   * The value of metric spec {@code index}, as decoded.
   *
   * @throws IndexOutOfBoundsException when there is no such value
   */
  public @Nullable Object valueAt(int index) {
    return values.get(index);
  }

  /**
   * The value of metric spec {@code index} as a number; null when the appliance sent null.
   *
   * @throws IllegalStateException when the value is not a number (a keyed metric, percentiles...)
   */
  public @Nullable Number numberAt(int index) {
    Object value = valueAt(index);
    if (value == null || value instanceof Number) {
      return (Number) value;
    }
    throw new IllegalStateException("values[" + index + "] is a " + kind(value) + ", not a number");
  }

  /**
   * The value of metric spec {@code index} as a double; {@code NaN} when the appliance sent null.
   */
  public double doubleAt(int index) {
    Number n = numberAt(index);
    return n == null ? Double.NaN : n.doubleValue();
  }

  /**
   * The value of metric spec {@code index} as a list (percentiles, keyed values); empty for null.
   *
   * @throws IllegalStateException when the value is not a list
   */
  @SuppressWarnings("unchecked")
  public List<@Nullable Object> listAt(int index) {
    Object value = valueAt(index);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return (List<@Nullable Object>) list;
    }
    throw new IllegalStateException("values[" + index + "] is a " + kind(value) + ", not a list");
  }

  /**
   * The value of metric spec {@code index} as an object (e.g. a dataset); empty for null.
   *
   * @throws IllegalStateException when the value is not an object
   */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> mapAt(int index) {
    Object value = valueAt(index);
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return (Map<String, @Nullable Object>) map;
    }
    throw new IllegalStateException(
        "values[" + index + "] is a " + kind(value) + ", not an object");
  }

  /**
   * The value of metric spec {@code index} as the entries of a keyed metric ({@code [{"key": {...},
   * "value": ..., "vtype": ...}, ...]}).
   *
   * @throws IllegalStateException when the value is not a list of objects
   */
  @SuppressWarnings("unchecked")
  public List<KeyedValue> keyedAt(int index) {
    List<@Nullable Object> list = listAt(index);
    List<KeyedValue> entries = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object entry = list.get(i);
      if (!(entry instanceof Map<?, ?> map)) {
        throw new IllegalStateException(
            "values[" + index + "][" + i + "] is a " + kind(entry) + ", not a keyed entry");
      }
      entries.add(KeyedValue.from((Map<String, @Nullable Object>) map));
    }
    return entries;
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List) {
      return "list";
    }
    if (value instanceof Map) {
      return "object";
    }
    return value.getClass().getSimpleName();
  }
}
