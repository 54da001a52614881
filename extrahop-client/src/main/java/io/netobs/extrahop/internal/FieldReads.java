package io.netobs.extrahop.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed reads of a map of decoded JSON fields, for answers whose fields vary (detection log
 * entries, network users): numbers and booleans sent as strings are read too.
 */
public final class FieldReads {
  private FieldReads() {}

  /** A field as text; absent for null, objects and arrays. */
  public static Optional<String> string(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value == null || value instanceof Map || value instanceof List) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  /** A field as a whole number, also when sent as a string of digits. */
  public static OptionalLong longValue(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value instanceof Number n) {
      return OptionalLong.of(n.longValue());
    }
    if (value instanceof String s) {
      try {
        return OptionalLong.of(Long.parseLong(s.strip()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** A field holding epoch milliseconds, as an instant. */
  public static Optional<Instant> instant(Map<String, Object> fields, String name) {
    OptionalLong millis = longValue(fields, name);
    return millis.isPresent()
        ? Optional.of(Instant.ofEpochMilli(millis.getAsLong()))
        : Optional.empty();
  }
}
