package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * A resource that the ExtraHop Query Language searches under {@code /search/eql/{resource}}
 * (firmware 26.3). Values this release does not know are kept as given and sent unchanged.
 */
public final class EqlResource extends ExtensibleEnum {
  /** {@code detectionlogs}: the detection log: one entry per piece of activity of a detection. */
  public static final EqlResource DETECTION_LOGS = new EqlResource("detectionlogs", true);

  /** {@code networkusers}: the network users the appliance has observed. */
  public static final EqlResource NETWORK_USERS = new EqlResource("networkusers", true);

  /** {@code records}: the record log. */
  public static final EqlResource RECORDS = new EqlResource("records", true);

  private static final EqlResource[] KNOWN = {DETECTION_LOGS, NETWORK_USERS, RECORDS};

  private EqlResource(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static EqlResource of(String value) {
    String normalized = normalize(value);
    for (EqlResource known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new EqlResource(value, false);
  }
}
