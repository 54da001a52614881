package io.netobs.extrahop.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The escape hatch of the query builders: body fields this SDK does not model, sent as given. */
public final class ExtraFields {
  private ExtraFields() {}

  /**
   * Puts {@code name: value} into {@code extra}, refusing a blank name, a null value, or a name the
   * builder sets itself ({@code modelled}), which would be sent twice.
   */
  public static void put(
      Map<String, Object> extra, Set<String> modelled, String name, Object value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("extra field name must not be blank");
    }
    if (modelled.contains(name)) {
      throw new IllegalArgumentException("extra field '" + name + "' has its own builder method");
    }
    extra.put(
        name,
        Objects.requireNonNull(value, "value of extra field '" + name + "' must not be null"));
  }
}
