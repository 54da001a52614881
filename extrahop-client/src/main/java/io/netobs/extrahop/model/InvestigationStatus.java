package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/** The status of an investigation. {@link #of(String)} keeps any other value as sent. */
public final class InvestigationStatus extends ExtensibleEnum {
  /** Open. */
  public static final InvestigationStatus OPEN = new InvestigationStatus("open", true);

  /** Being worked on. */
  public static final InvestigationStatus IN_PROGRESS =
      new InvestigationStatus("in_progress", true);

  /** Closed. */
  public static final InvestigationStatus CLOSED = new InvestigationStatus("closed", true);

  private static final Map<String, InvestigationStatus> KNOWN =
      Map.of(OPEN.value(), OPEN, IN_PROGRESS.value(), IN_PROGRESS, CLOSED.value(), CLOSED);

  private InvestigationStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known value for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static InvestigationStatus of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("status must not be blank");
    }
    InvestigationStatus known = KNOWN.get(normalize(value));
    return known != null ? known : new InvestigationStatus(value.strip(), false);
  }
}
