package io.netobs.kentik.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The match fields of a flow tag or a populator as the service sent them: one string per field
 * (lists comma-separated), null or an empty string for a field not in use. {@link FlowTag} and
 * {@link Populator} both hold their match fields in one of these.
 */
public final class MatchValues {
  private static final MatchValues NONE = new MatchValues(new EnumMap<>(MatchField.class));

  private final Map<MatchField, String> values;
  private final Map<MatchField, String> used;

  private MatchValues(EnumMap<MatchField, String> values) {
    this.values = Collections.unmodifiableMap(values);
    EnumMap<MatchField, String> inUse = new EnumMap<>(MatchField.class);
    values.forEach(
        (field, value) -> {
          if (value != null && !value.isBlank()) {
            inUse.put(field, value);
          }
        });
    this.used = Collections.unmodifiableMap(inUse);
  }

  /**
   * Match fields with the given values (null values and empty strings stand for fields not in use).
   */
  public static MatchValues of(Map<MatchField, @Nullable String> values) {
    Objects.requireNonNull(values, "values must not be null");
    return values.isEmpty() ? NONE : new MatchValues(new EnumMap<>(values));
  }

  /**
   * Takes the match fields out of {@code fields}, the JSON properties of an answer that its record
   * does not name (each match field's JSON name is that of its {@link MatchField}), leaving the
   * others.
   *
   * @throws IllegalArgumentException when a match field holds an object or an array
   */
  static MatchValues take(Map<String, @Nullable Object> fields) {
    if (fields == null || fields.isEmpty()) {
      return NONE;
    }
    EnumMap<MatchField, String> values = new EnumMap<>(MatchField.class);
    for (Iterator<Map.Entry<String, Object>> it = fields.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Object> entry = it.next();
      MatchField field = MatchField.fromWireName(entry.getKey());
      if (field == null) {
        continue;
      }
      Object value = entry.getValue();
      if (value instanceof Map || value instanceof Iterable) {
        throw new IllegalArgumentException(field.wireName() + " must be a string, was " + value);
      }
      values.put(field, value == null ? null : value.toString());
      it.remove();
    }
    return values.isEmpty() ? NONE : new MatchValues(values);
  }

  /** The value of one match field as sent by the server (null when absent). */
  public @Nullable String get(MatchField field) {
    return values.get(Objects.requireNonNull(field, "field must not be null"));
  }

  /** The match fields in use: those neither null nor blank, in {@link MatchField} order. */
  public Map<MatchField, String> used() {
    return used;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MatchValues m && m.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
