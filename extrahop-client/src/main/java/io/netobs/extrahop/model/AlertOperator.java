package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * How a threshold alert compares its metric with its operand. Values this release does not know are
 * kept as the server sent them.
 */
public final class AlertOperator extends ExtensibleEnum {
  /** {@code ==}: Equal to the operand. */
  public static final AlertOperator EQUAL = new AlertOperator("==", true);

  /** {@code >}: Greater than the operand. */
  public static final AlertOperator GREATER = new AlertOperator(">", true);

  /** {@code <}: Less than the operand. */
  public static final AlertOperator LESS = new AlertOperator("<", true);

  /** {@code >=}: Greater than or equal to the operand. */
  public static final AlertOperator GREATER_OR_EQUAL = new AlertOperator(">=", true);

  /** {@code <=}: Less than or equal to the operand. */
  public static final AlertOperator LESS_OR_EQUAL = new AlertOperator("<=", true);

  private static final AlertOperator[] KNOWN = {
    EQUAL, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL
  };

  private AlertOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static AlertOperator of(String value) {
    String normalized = normalize(value);
    for (AlertOperator known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new AlertOperator(value, false);
  }
}
