package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Models;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a keyed metric: {@code {"key": {"key_type": "string", "str": "GET"}, "value": 12,
 * "vtype": "count"}}.
 *
 * @param key the key object, as decoded
 * @param value the value: a Number, a List or a Map
 * @param vtype the value's type (e.g. {@code "count"}, {@code "dset"}), when sent
 * @param fields every field of the entry, including any this SDK does not model
 */
public record KeyedValue(
    Map<String, @Nullable Object> key,
    @Nullable Object value,
    @Nullable String vtype,
    Map<String, @Nullable Object> fields) {
  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public KeyedValue {
    key = Models.copy(key);
    fields = Models.copy(fields);
  }

  @SuppressWarnings("unchecked")
  static KeyedValue from(Map<String, @Nullable Object> entry) {
    Object key = entry.get("key");
    Map<String, @Nullable Object> keyMap =
        key instanceof Map<?, ?> m
            ? (Map<String, @Nullable Object>) m
            : key == null ? Map.of() : Map.of("str", key);
    Object vtype = entry.get("vtype");
    return new KeyedValue(
        keyMap, entry.get("value"), vtype == null ? null : String.valueOf(vtype), entry);
  }

  /** The key's type ({@code key_type}), e.g. {@code "string"} or {@code "ipaddr"}. */
  public Optional<String> keyType() {
    Object type = key.get("key_type");
    return type == null ? Optional.empty() : Optional.of(String.valueOf(type));
  }

  /**
   * The key as text: its {@code str}, {@code addr} or {@code host} field, whichever is present, or
   * the whole key object's text.
   */
  public String keyText() {
    for (String name : new String[] {"str", "addr", "host"}) {
      Object v = key.get(name);
      if (v != null) {
        return String.valueOf(v);
      }
    }
    return String.valueOf(key);
  }

  /** The value as a number, when it is one. */
  public Optional<Number> number() {
    return value instanceof Number n ? Optional.of(n) : Optional.empty();
  }
}
