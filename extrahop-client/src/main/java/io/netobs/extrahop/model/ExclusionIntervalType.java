package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * How an exclusion interval repeats. Values this release does not know are kept as the server sent
 * them.
 */
public final class ExclusionIntervalType extends ExtensibleEnum {
  /** {@code onetime}: Once; start and end are seconds since the epoch. */
  public static final ExclusionIntervalType ONETIME = new ExclusionIntervalType("onetime", true);

  /** {@code daily}: Every day; start and end are seconds after midnight. */
  public static final ExclusionIntervalType DAILY = new ExclusionIntervalType("daily", true);

  /** {@code weekly}: Every week; start and end are seconds after Monday midnight. */
  public static final ExclusionIntervalType WEEKLY = new ExclusionIntervalType("weekly", true);

  private static final ExclusionIntervalType[] KNOWN = {ONETIME, DAILY, WEEKLY};

  private ExclusionIntervalType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static ExclusionIntervalType of(String value) {
    String normalized = normalize(value);
    for (ExclusionIntervalType known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new ExclusionIntervalType(value, false);
  }
}
