package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * The aggregation cycle of a metric query: {@code "auto"}, {@code "1sec"}, {@code "30sec"}, {@code
 * "5min"}, {@code "1hr"} or {@code "24hr"}. {@link #of(String)} keeps any other value as sent.
 */
public final class Cycle extends ExtensibleEnum {
  /** The appliance picks the cycle that suits the time range. */
  public static final Cycle AUTO = new Cycle("auto", true);

  /** One second. */
  public static final Cycle ONE_SEC = new Cycle("1sec", true);

  /** Thirty seconds. */
  public static final Cycle THIRTY_SEC = new Cycle("30sec", true);

  /** Five minutes. */
  public static final Cycle FIVE_MIN = new Cycle("5min", true);

  /** One hour. */
  public static final Cycle ONE_HR = new Cycle("1hr", true);

  /** Twenty-four hours. */
  public static final Cycle TWENTY_FOUR_HR = new Cycle("24hr", true);

  private static final Map<String, Cycle> KNOWN =
      Map.of(
          AUTO.value(),
          AUTO,
          ONE_SEC.value(),
          ONE_SEC,
          THIRTY_SEC.value(),
          THIRTY_SEC,
          FIVE_MIN.value(),
          FIVE_MIN,
          ONE_HR.value(),
          ONE_HR,
          TWENTY_FOUR_HR.value(),
          TWENTY_FOUR_HR);

  private Cycle(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known cycle for {@code value} (without regard to case), or a cycle the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static Cycle of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("cycle must not be blank");
    }
    Cycle known = KNOWN.get(normalize(value));
    return known != null ? known : new Cycle(value.strip(), false);
  }
}
