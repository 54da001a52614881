package io.netobs.kentik.internal;

import io.netobs.kentik.model.DimensionType;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation rules that the Kentik documentation states, checked before a request is sent.
 * Every message names the field, the rule and the offending value, so that a caller can fix the
 * input without reading the documentation.
 */
public final class Rules {
  /**
   * Custom dimension names: {@code c_}, then letters, digits, dashes or underscores, 20 characters
   * in all at most. Dashes are allowed: the service accepts them, and dimensions named with them
   * exist.
   */
  private static final Pattern DIMENSION_NAME = Pattern.compile("c_[A-Za-z0-9_-]{1,18}");

  /** Display names: 2-30 characters of letters, digits, spaces, dashes or underscores. */
  private static final Pattern DISPLAY_NAME = Pattern.compile("[A-Za-z0-9 _-]{2,30}");

  private static final Pattern UINT32 = Pattern.compile("[0-9]{1,10}");
  private static final long UINT32_MAX = 4_294_967_295L;

  /** The most addresses a tag's {@code addr} may hold. */
  public static final int MAX_TAG_ADDRESSES = 249;

  private static final Set<String> CONNECTORS = Set.of("and", "or", "all", "any");
  private static final Set<String> OPERATORS =
      Set.of("=", "<>", "ILIKE", "NOT ILIKE", "~", "!~", ">", "<", "&");

  private Rules() {}

  /** A required value: not null. */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  /** A required text: not null, not blank. */
  public static String requiredText(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is required and must not be blank");
    }
    return value;
  }

  public static String flowTag(String value, String field) {
    required(value, field);
    if (!isWord(value, 2, 20, false)) {
      throw new IllegalArgumentException(
          field
              + " must be 2-20 characters of letters, digits, hyphen or underscore (no spaces), was "
              + quote(value));
    }
    return value;
  }

  /**
   * Whether {@code value} is {@code min} to {@code max} characters of ASCII letters, digits,
   * hyphens and underscores (and spaces when {@code spaces}): the rule of flow tag names (2-20, no
   * spaces) and of string populator values (1-128). A loop rather than a regular expression because
   * the Batch API checks it once per item, a million times in a large sync.
   */
  private static boolean isWord(String value, int min, int max, boolean spaces) {
    int length = value.length();
    if (length < min || length > max) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (spaces && c == ' ');
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  public static String dimensionName(String value, String field) {
    required(value, field);
    if (!value.startsWith("c_")) {
      throw new IllegalArgumentException(field + " must start with \"c_\", was " + quote(value));
    }
    if (value.length() > 20) {
      throw new IllegalArgumentException(
          field
              + " must be at most 20 characters, was "
              + value.length()
              + " ("
              + quote(value)
              + ")");
    }
    if (!DIMENSION_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be \"c_\" followed by at least one letter, digit, dash or underscore (nothing else), was "
              + quote(value));
    }
    return value;
  }

  public static DimensionType dimensionType(DimensionType type, String field) {
    required(type, field);
    if (!type.isKnown()) {
      throw new IllegalArgumentException(
          field + " must be \"string\" or \"uint32\", was " + quote(type.value()));
    }
    return type;
  }

  public static String displayName(String value, String field) {
    requiredText(value, field);
    if (!DISPLAY_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 2-30 characters of letters, digits, spaces, dashes or underscores, was "
              + quote(value));
    }
    return value;
  }

  /**
   * A populator value. With the dimension's type unknown (null), the string rule applies, which
   * every valid uint32 value also meets; the server judges the rest.
   */
  public static String populatorValue(String value, DimensionType type, String field) {
    required(value, field);
    if (DimensionType.UINT32.equals(type)) {
      if (!UINT32.matcher(value).matches() || Long.parseLong(value) > UINT32_MAX) {
        throw new IllegalArgumentException(
            field
                + " of a uint32 dimension must be a whole number from 0 to 4294967295, was "
                + quote(value));
      }
      return value;
    }
    if (!isWord(value, 1, 128, true)) {
      throw new IllegalArgumentException(
          field
              + " must be 1-128 characters of letters, digits, spaces, dashes or underscores, was "
              + quote(value));
    }
    return value;
  }

  /** The addresses of a tag's comma-separated {@code addr} field. */
  public static String tagAddresses(String commaSeparated, String field) {
    if (commaSeparated == null) {
      return null;
    }
    int count = 0;
    for (String item : commaSeparated.split(",")) {
      if (!item.isBlank()) {
        count++;
      }
    }
    tagAddressCount(count, field);
    return commaSeparated;
  }

  public static void tagAddressCount(int count, String field) {
    if (count > MAX_TAG_ADDRESSES) {
      throw new IllegalArgumentException(
          field + " may hold at most " + MAX_TAG_ADDRESSES + " addresses, had " + count);
    }
  }

  /**
   * A saved filter connector: {@code and}/{@code or}, or {@code All}/{@code Any} as the portal
   * writes them, in any case.
   */
  public static String connector(String value, String field) {
    required(value, field);
    if (!CONNECTORS.contains(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          field
              + " must be \"and\" or \"or\" (or \"All\"/\"Any\" as the portal writes them), was "
              + quote(value));
    }
    return value;
  }

  /**
   * A saved filter operator, exactly as the API spells it ({@code ILIKE}, {@code NOT ILIKE}, ...).
   */
  public static String operator(String value, String field) {
    required(value, field);
    // Exact: the value is sent as given, so accepting "not ilike" here would only move the refusal
    // to the server.
    if (!OPERATORS.contains(value)) {
      throw new IllegalArgumentException(
          field + " must be one of =, <>, ILIKE, NOT ILIKE, ~, !~, >, <, &; was " + quote(value));
    }
    return value;
  }

  /** Every element non-null and not blank. */
  public static void noBlankElements(Collection<String> values, String field) {
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain null or blank values");
      }
    }
  }

  /** The value in quotes, cut after 80 characters, for messages. */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    return "\"" + shown + "\"";
  }
}
