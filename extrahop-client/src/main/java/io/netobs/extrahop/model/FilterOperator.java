package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The comparison of one rule of a device search filter. Newer firmware may accept operators this
 * release does not list: {@link #of(String)} keeps them. Values this release does not know are kept
 * as the server sent them.
 */
public final class FilterOperator extends ExtensibleEnum {
  /** {@code =}: Equal to the operand (an IP address operand may be a CIDR block). */
  public static final FilterOperator EQUALS = new FilterOperator("=", true);

  /** {@code !=}: Not equal to the operand. */
  public static final FilterOperator NOT_EQUALS = new FilterOperator("!=", true);

  /** {@code >}: Greater than the operand. */
  public static final FilterOperator GREATER = new FilterOperator(">", true);

  /** {@code <}: Less than the operand. */
  public static final FilterOperator LESS = new FilterOperator("<", true);

  /** {@code >=}: Greater than or equal to the operand. */
  public static final FilterOperator GREATER_OR_EQUAL = new FilterOperator(">=", true);

  /** {@code <=}: Less than or equal to the operand. */
  public static final FilterOperator LESS_OR_EQUAL = new FilterOperator("<=", true);

  /** {@code startswith}: Starts with the operand. */
  public static final FilterOperator STARTS_WITH = new FilterOperator("startswith", true);

  /** {@code ~}: Matches the operand as a substring or pattern. */
  public static final FilterOperator CONTAINS = new FilterOperator("~", true);

  /** {@code !~}: Does not match the operand. */
  public static final FilterOperator NOT_CONTAINS = new FilterOperator("!~", true);

  /** {@code exists}: The field has a value (no operand). */
  public static final FilterOperator EXISTS = new FilterOperator("exists", true);

  /** {@code not_exists}: The field has no value (no operand). */
  public static final FilterOperator NOT_EXISTS = new FilterOperator("not_exists", true);

  private static final FilterOperator[] KNOWN = {
    EQUALS,
    NOT_EQUALS,
    GREATER,
    LESS,
    GREATER_OR_EQUAL,
    LESS_OR_EQUAL,
    STARTS_WITH,
    CONTAINS,
    NOT_CONTAINS,
    EXISTS,
    NOT_EXISTS
  };

  private FilterOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static FilterOperator of(String value) {
    String normalized = normalize(value);
    for (FilterOperator known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new FilterOperator(value, false);
  }
}
