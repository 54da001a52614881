package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * How a metric is calculated over the range ({@code calc_type} of a metric spec). {@link
 * #of(String)} keeps any other value as sent.
 */
public final class CalcType extends ExtensibleEnum {
  /** The mean of a dataset metric. */
  public static final CalcType MEAN = new CalcType("mean", true);

  /**
   * Percentiles of a dataset metric; name them with {@link
   * io.netobs.extrahop.request.MetricSpec.Builder#percentiles(Number...)}.
   */
  public static final CalcType PERCENTILES = new CalcType("percentiles", true);

  private static final Map<String, CalcType> KNOWN =
      Map.of(MEAN.value(), MEAN, PERCENTILES.value(), PERCENTILES);

  private CalcType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known type for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static CalcType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("calcType must not be blank");
    }
    CalcType known = KNOWN.get(normalize(value));
    return known != null ? known : new CalcType(value.strip(), false);
  }
}
