package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/** The role of a participant in a detection. {@link #of(String)} keeps any other value as sent. */
public final class ParticipantRole extends ExtensibleEnum {
  /** The device or address that caused the detection. */
  public static final ParticipantRole OFFENDER = new ParticipantRole("offender", true);

  /** The device or address the detection affected. */
  public static final ParticipantRole VICTIM = new ParticipantRole("victim", true);

  private static final Map<String, ParticipantRole> KNOWN =
      Map.of(OFFENDER.value(), OFFENDER, VICTIM.value(), VICTIM);

  private ParticipantRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known value for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static ParticipantRole of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("role must not be blank");
    }
    ParticipantRole known = KNOWN.get(normalize(value));
    return known != null ? known : new ParticipantRole(value.strip(), false);
  }
}
