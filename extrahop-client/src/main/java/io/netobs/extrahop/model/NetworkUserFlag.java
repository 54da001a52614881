package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * A network user's manual high-influence or high-privilege setting ({@code custom_high_influence},
 * {@code custom_high_privilege}). Values this release does not know are kept as sent.
 */
public final class NetworkUserFlag extends ExtensibleEnum {
  /** {@code auto}: the appliance decides from what it observes. */
  public static final NetworkUserFlag AUTO = new NetworkUserFlag("auto", true);

  /** {@code yes}: always flagged. */
  public static final NetworkUserFlag YES = new NetworkUserFlag("yes", true);

  /** {@code no}: never flagged. */
  public static final NetworkUserFlag NO = new NetworkUserFlag("no", true);

  private static final NetworkUserFlag[] KNOWN = {AUTO, YES, NO};

  private NetworkUserFlag(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static NetworkUserFlag of(String value) {
    String normalized = normalize(value);
    for (NetworkUserFlag known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new NetworkUserFlag(value, false);
  }
}
