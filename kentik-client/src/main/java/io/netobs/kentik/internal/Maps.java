package io.netobs.kentik.internal;

import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;

/** Defensive copies for the models: missing collections become empty ones, never null. */
public final class Maps {
  private Maps() {}

  /**
   * An unmodifiable copy that keeps null values (a server may send {@code "metric": null}), for a
   * model's unknown fields; its text masks secrets ({@link UnknownFields}).
   */
  public static Map<String, Object> unknown(Map<String, Object> fields) {
    return UnknownFields.copyOf(fields);
  }

  /** An unmodifiable copy; null becomes an empty list. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
