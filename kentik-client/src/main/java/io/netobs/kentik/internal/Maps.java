package io.netobs.kentik.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the models: missing collections become empty ones, never null. */
public final class Maps {
  private Maps() {}

  /** An unmodifiable copy that keeps null values (a server may send {@code "metric": null}). */
  public static Map<String, Object> unknown(Map<String, Object> fields) {
    return fields == null || fields.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An unmodifiable copy; null becomes an empty list. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
