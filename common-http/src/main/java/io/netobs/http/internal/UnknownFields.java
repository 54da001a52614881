package io.netobs.http.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of an answer that a model does not name, kept as they arrived. Equal to any map with
 * the same entries; only its text differs: {@code toString()} masks the values of fields whose
 * names say they hold a secret (an SNMP community, a password, a passphrase, a token, an API key),
 * at any depth, so that a model's {@code toString()} never prints one, whatever a service sends
 * back.
 */
public final class UnknownFields extends AbstractMap<String, Object> {
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(community|password|passphrase|secret|token|api_?key).*");

  private final Map<String, Object> fields;

  private UnknownFields(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * An unmodifiable copy that keeps null values (a server may send {@code "metric": null}); maps
   * within it, at any depth, are copied the same way. Null or empty gives an empty map.
   */
  public static Map<String, Object> copyOf(Map<String, Object> fields) {
    return fields == null || fields.isEmpty() ? Map.of() : masked(fields);
  }

  private static UnknownFields masked(Map<?, ?> fields) {
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach((k, v) -> copy.put(String.valueOf(k), maskedValue(v)));
    return new UnknownFields(Collections.unmodifiableMap(copy));
  }

  private static Object maskedValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return masked(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(maskedValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return fields.entrySet();
  }

  @Override
  public Object get(Object key) {
    return fields.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public String toString() {
    return text(fields);
  }

  private static String text(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(
              e ->
                  e.getKey()
                      + "="
                      + (e.getValue() != null
                              && !(e.getValue() instanceof Map)
                              && SECRET_NAME.matcher(String.valueOf(e.getKey())).matches()
                          ? "****"
                          : text(e.getValue())))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(UnknownFields::text).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}
