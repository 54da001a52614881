package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * The status of a detection, or of the ticket it is tracked in. A detection whose status is null is
 * shown as Open; search for those with {@link
 * io.netobs.extrahop.request.DetectionFilter.Builder#statusNone()}. {@link #of(String)} keeps any
 * other value as sent.
 */
public final class DetectionStatus extends ExtensibleEnum {
  /** Newly reported; only the REST API sets it. */
  public static final DetectionStatus NEW = new DetectionStatus("new", true);

  /** Being investigated. */
  public static final DetectionStatus IN_PROGRESS = new DetectionStatus("in_progress", true);

  /** Closed. */
  public static final DetectionStatus CLOSED = new DetectionStatus("closed", true);

  /** Seen and acknowledged. */
  public static final DetectionStatus ACKNOWLEDGED = new DetectionStatus("acknowledged", true);

  private static final Map<String, DetectionStatus> KNOWN =
      Map.of(
          NEW.value(),
          NEW,
          IN_PROGRESS.value(),
          IN_PROGRESS,
          CLOSED.value(),
          CLOSED,
          ACKNOWLEDGED.value(),
          ACKNOWLEDGED);

  private DetectionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known value for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static DetectionStatus of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("status must not be blank");
    }
    DetectionStatus known = KNOWN.get(normalize(value));
    return known != null ? known : new DetectionStatus(value.strip(), false);
  }
}
