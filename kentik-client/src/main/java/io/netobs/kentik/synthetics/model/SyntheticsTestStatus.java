package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The state of a synthetic test: active, paused, deleted or a preview. A value this SDK does not
 * know is kept as the service sent it.
 */
public final class SyntheticsTestStatus extends ExtensibleEnum {
  /** No status given. */
  public static final SyntheticsTestStatus UNSPECIFIED =
      new SyntheticsTestStatus("TEST_STATUS_UNSPECIFIED", true);

  /** The test runs. */
  public static final SyntheticsTestStatus ACTIVE =
      new SyntheticsTestStatus("TEST_STATUS_ACTIVE", true);

  /** The test is paused: it keeps its settings but does not run. */
  public static final SyntheticsTestStatus PAUSED =
      new SyntheticsTestStatus("TEST_STATUS_PAUSED", true);

  /** The test was deleted. */
  public static final SyntheticsTestStatus DELETED =
      new SyntheticsTestStatus("TEST_STATUS_DELETED", true);

  /** A preview test, run once for its results. */
  public static final SyntheticsTestStatus PREVIEW =
      new SyntheticsTestStatus("TEST_STATUS_PREVIEW", true);

  private SyntheticsTestStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value} when it is known, otherwise a value that keeps it. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SyntheticsTestStatus of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    return switch (value) {
      case "TEST_STATUS_UNSPECIFIED" -> UNSPECIFIED;
      case "TEST_STATUS_ACTIVE" -> ACTIVE;
      case "TEST_STATUS_PAUSED" -> PAUSED;
      case "TEST_STATUS_DELETED" -> DELETED;
      case "TEST_STATUS_PREVIEW" -> PREVIEW;
      default -> new SyntheticsTestStatus(value, false);
    };
  }
}
