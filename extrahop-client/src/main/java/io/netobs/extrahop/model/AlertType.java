package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The type of an alert. Only threshold alerts can be created through the REST API; trend and
 * detection alerts are read as they come. Values this release does not know are kept as the server
 * sent them.
 */
public final class AlertType extends ExtensibleEnum {
  /** {@code threshold}: A metric crossing a threshold. */
  public static final AlertType THRESHOLD = new AlertType("threshold", true);

  /** {@code trend}: A trend (read-only through the REST API). */
  public static final AlertType TREND = new AlertType("trend", true);

  /** {@code detection}: A detection alert (newer firmware). */
  public static final AlertType DETECTION = new AlertType("detection", true);

  private static final AlertType[] KNOWN = {THRESHOLD, TREND, DETECTION};

  private AlertType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static AlertType of(String value) {
    String normalized = normalize(value);
    for (AlertType known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new AlertType(value, false);
  }
}
