package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/** What an investigation concluded. {@link #of(String)} keeps any other value as sent. */
public final class InvestigationAssessment extends ExtensibleEnum {
  /** Real and malicious. */
  public static final InvestigationAssessment MALICIOUS_TRUE_POSITIVE =
      new InvestigationAssessment("malicious_true_positive", true);

  /** Real but benign. */
  public static final InvestigationAssessment BENIGN_TRUE_POSITIVE =
      new InvestigationAssessment("benign_true_positive", true);

  /** Not real. */
  public static final InvestigationAssessment FALSE_POSITIVE =
      new InvestigationAssessment("false_positive", true);

  /** Not decided yet. */
  public static final InvestigationAssessment UNDECIDED =
      new InvestigationAssessment("undecided", true);

  private static final Map<String, InvestigationAssessment> KNOWN =
      Map.of(
          MALICIOUS_TRUE_POSITIVE.value(),
          MALICIOUS_TRUE_POSITIVE,
          BENIGN_TRUE_POSITIVE.value(),
          BENIGN_TRUE_POSITIVE,
          FALSE_POSITIVE.value(),
          FALSE_POSITIVE,
          UNDECIDED.value(),
          UNDECIDED);

  private InvestigationAssessment(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known value for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static InvestigationAssessment of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("assessment must not be blank");
    }
    InvestigationAssessment known = KNOWN.get(normalize(value));
    return known != null ? known : new InvestigationAssessment(value.strip(), false);
  }
}
