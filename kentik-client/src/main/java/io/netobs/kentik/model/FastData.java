package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * Which of Kentik's data series a query reads: {@code Auto} lets Kentik choose by the width of the
 * time range, {@code Fast} reads the downsampled series (longer retention), {@code Full} the full
 * resolution series. Values arrive in any case; one this SDK does not know is kept as given.
 */
public final class FastData extends ExtensibleEnum {
  /** Kentik chooses: the full series for short ranges, the fast one for long ranges. */
  public static final FastData AUTO = new FastData("Auto", true);

  /** The downsampled series. */
  public static final FastData FAST = new FastData("Fast", true);

  /** The full resolution series. */
  public static final FastData FULL = new FastData("Full", true);

  private FastData(String value, boolean known) {
    super(value, known);
  }

  /**
   * The setting for {@code value}: a known constant when it matches one in any case, otherwise an
   * unknown setting that keeps the raw value.
   *
   * @param value the wire value, e.g. {@code "Auto"}
   * @return the setting
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FastData of(String value) {
    return switch (normalize(value)) {
      case "auto" -> AUTO;
      case "fast" -> FAST;
      case "full" -> FULL;
      default -> new FastData(value, false);
    };
  }
}
