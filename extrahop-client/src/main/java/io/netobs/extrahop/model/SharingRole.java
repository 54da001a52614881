package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The access a dashboard or activity map grants to a user, a group or everyone. Values this release
 * does not know are kept as the server sent them.
 */
public final class SharingRole extends ExtensibleEnum {
  /** {@code viewer}: Can view. */
  public static final SharingRole VIEWER = new SharingRole("viewer", true);

  /** {@code editor}: Can view, edit and share (within the user's own privileges). */
  public static final SharingRole EDITOR = new SharingRole("editor", true);

  private static final SharingRole[] KNOWN = {VIEWER, EDITOR};

  private SharingRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   */
  @JsonCreator
  public static SharingRole of(String value) {
    String normalized = normalize(value);
    for (SharingRole known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new SharingRole(value, false);
  }
}
