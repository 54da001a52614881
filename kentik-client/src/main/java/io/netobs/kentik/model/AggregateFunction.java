package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The function of a Query API aggregate ({@code fn}): how the values of a column are reduced to one
 * figure per row. A function this SDK does not know is kept as given.
 */
public final class AggregateFunction extends ExtensibleEnum {
  /** The total over the time range. */
  public static final AggregateFunction SUM = new AggregateFunction("sum", true);

  /** The average rate over the time range. */
  public static final AggregateFunction AVERAGE = new AggregateFunction("average", true);

  /** A percentile of the rates over the time range; needs a rank. */
  public static final AggregateFunction PERCENTILE = new AggregateFunction("percentile", true);

  /** The highest rate over the time range. */
  public static final AggregateFunction MAX = new AggregateFunction("max", true);

  /** A figure computed from other aggregates. */
  public static final AggregateFunction COMPOSITE = new AggregateFunction("composite", true);

  private AggregateFunction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The function for {@code value}: a known constant when it matches one in any case, otherwise an
   * unknown function that keeps the raw value.
   *
   * @param value the wire value, e.g. {@code "average"}
   * @return the function
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AggregateFunction of(String value) {
    return switch (normalize(value)) {
      case "sum" -> SUM;
      case "average" -> AVERAGE;
      case "percentile" -> PERCENTILE;
      case "max" -> MAX;
      case "composite" -> COMPOSITE;
      default -> new AggregateFunction(value, false);
    };
  }
}
