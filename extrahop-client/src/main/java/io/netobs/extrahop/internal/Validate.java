package io.netobs.extrahop.internal;

import io.netobs.http.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks for request fields, with messages naming the field and the rule (the core's {@link Checks}
 * and more).
 */
public final class Validate {
  private Validate() {}

  public static String notBlank(String value, String field) {
    return Checks.notBlank(value, field);
  }

  public static <T> T notNull(T value, String field) {
    return Checks.notNull(value, field);
  }

  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  public static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return value;
  }

  public static long positiveId(long value, String field) {
    return Checks.positiveId(value, field);
  }

  public static int oneOf(int value, Set<Integer> allowed, String field) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          field + " must be one of " + new TreeSet<>(allowed) + ", was " + value);
    }
    return value;
  }

  public static int port(int value, String field) {
    return range(value, 0, 65535, field);
  }

  public static String email(String value, String field) {
    notBlank(value, field);
    int at = value.indexOf('@');
    if (at <= 0 || at == value.length() - 1 || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(field + " must be an email address, was '" + value + "'");
    }
    return value;
  }

  public static String pem(String value, String marker, String field) {
    notBlank(value, field);
    if (!value.contains("-----BEGIN ") || !value.contains(marker)) {
      throw new IllegalArgumentException(field + " must be PEM text containing '" + marker + "'");
    }
    return value;
  }

  /** A copy of the strings, each not blank. */
  public static List<String> strings(Collection<String> values, String field) {
    Objects.requireNonNull(values, field + " must not be null");
    List<String> copy = new ArrayList<>(values.size());
    for (String v : values) {
      copy.add(notBlank(v, field + " element"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** A copy of the email addresses, each checked. */
  public static List<String> emails(Collection<String> values, String field) {
    Objects.requireNonNull(values, field + " must not be null");
    List<String> copy = new ArrayList<>(values.size());
    for (String v : values) {
      copy.add(email(v, field + " element"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** A copy of a JSON-like map (nulls allowed as values). */
  public static Map<String, Object> map(Map<String, ?> value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    return Collections.unmodifiableMap(new LinkedHashMap<>(value));
  }

  /** A copy of a list of JSON-like values. */
  public static <T> List<T> list(Collection<? extends T> values, String field) {
    Objects.requireNonNull(values, field + " must not be null");
    for (T v : values) {
      Objects.requireNonNull(v, field + " must not contain null");
    }
    return List.copyOf(values);
  }
}
