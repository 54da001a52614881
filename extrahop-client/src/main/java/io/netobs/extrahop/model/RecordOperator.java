package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * The comparison of one record filter rule, as the API Explorer names them ({@code "="}, {@code
 * "!="}, {@code ">"}, {@code "<"}, {@code ">="}, {@code "<="}, {@code "startswith"}, {@code "~"},
 * {@code "!~"}, {@code "exists"}, {@code "not_exists"}).
 *
 * <p>{@link #of(String)} accepts any other operator a newer firmware knows: it is sent unchanged.
 */
public final class RecordOperator extends ExtensibleEnum {
  /** Equal to ({@code "="}); with an IP address operand, may be a CIDR block. */
  public static final RecordOperator EQUALS = new RecordOperator("=", true);

  /** Not equal to ({@code "!="}); with an IP address operand, may be a CIDR block. */
  public static final RecordOperator NOT_EQUALS = new RecordOperator("!=", true);

  /** Greater than ({@code ">"}). */
  public static final RecordOperator GREATER_THAN = new RecordOperator(">", true);

  /** Less than ({@code "<"}). */
  public static final RecordOperator LESS_THAN = new RecordOperator("<", true);

  /** Greater than or equal to ({@code ">="}). */
  public static final RecordOperator AT_LEAST = new RecordOperator(">=", true);

  /** Less than or equal to ({@code "<="}). */
  public static final RecordOperator AT_MOST = new RecordOperator("<=", true);

  /** Starts with ({@code "startswith"}). */
  public static final RecordOperator STARTS_WITH = new RecordOperator("startswith", true);

  /** Matches a regular expression ({@code "~"}). */
  public static final RecordOperator MATCHES = new RecordOperator("~", true);

  /** Does not match a regular expression ({@code "!~"}). */
  public static final RecordOperator NOT_MATCHES = new RecordOperator("!~", true);

  /** The field is present ({@code "exists"}); takes no operand. */
  public static final RecordOperator EXISTS = new RecordOperator("exists", true);

  /** The field is absent ({@code "not_exists"}); takes no operand. */
  public static final RecordOperator NOT_EXISTS = new RecordOperator("not_exists", true);

  private static final Map<String, RecordOperator> KNOWN =
      Map.ofEntries(
          Map.entry(EQUALS.value(), EQUALS),
          Map.entry(NOT_EQUALS.value(), NOT_EQUALS),
          Map.entry(GREATER_THAN.value(), GREATER_THAN),
          Map.entry(LESS_THAN.value(), LESS_THAN),
          Map.entry(AT_LEAST.value(), AT_LEAST),
          Map.entry(AT_MOST.value(), AT_MOST),
          Map.entry(STARTS_WITH.value(), STARTS_WITH),
          Map.entry(MATCHES.value(), MATCHES),
          Map.entry(NOT_MATCHES.value(), NOT_MATCHES),
          Map.entry(EXISTS.value(), EXISTS),
          Map.entry(NOT_EXISTS.value(), NOT_EXISTS));

  private RecordOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known operator for {@code value} (matched without regard to case), or an operator the SDK
   * does not know, sent exactly as given.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static RecordOperator of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("operator must not be blank");
    }
    RecordOperator known = KNOWN.get(normalize(value));
    return known != null ? known : new RecordOperator(value.strip(), false);
  }

  /**
   * Whether the operator compares with an operand ({@link #EXISTS} and {@link #NOT_EXISTS} do not).
   */
  public boolean takesOperand() {
    return this != EXISTS && this != NOT_EXISTS;
  }
}
