package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * How a detection (or its ticket) was resolved. {@link #of(String)} keeps any other value as sent.
 */
public final class DetectionResolution extends ExtensibleEnum {
  /** Action was taken. */
  public static final DetectionResolution ACTION_TAKEN =
      new DetectionResolution("action_taken", true);

  /** No action was taken. */
  public static final DetectionResolution NO_ACTION_TAKEN =
      new DetectionResolution("no_action_taken", true);

  private static final Map<String, DetectionResolution> KNOWN =
      Map.of(ACTION_TAKEN.value(), ACTION_TAKEN, NO_ACTION_TAKEN.value(), NO_ACTION_TAKEN);

  private DetectionResolution(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known value for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static DetectionResolution of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("resolution must not be blank");
    }
    DetectionResolution known = KNOWN.get(normalize(value));
    return known != null ? known : new DetectionResolution(value.strip(), false);
  }
}
