package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The type of a custom dimension's values: {@code string} or {@code uint32}. Unknown types are
 * kept. Answers carry it and {@link io.netobs.kentik.request.CustomDimensionCreate} sets it; it
 * lives with the answers.
 */
public final class DimensionType extends ExtensibleEnum {
  /** Text values: 1-128 characters of letters, digits, spaces, dashes, underscores. */
  public static final DimensionType STRING = new DimensionType("string", true);

  /** Whole numbers from 0 to 4294967295. */
  public static final DimensionType UINT32 = new DimensionType("uint32", true);

  private DimensionType(String value, boolean known) {
    super(value, known);
  }

  /** The type for {@code value}, matched in any case; an unknown type keeps the raw value. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DimensionType of(String value) {
    return switch (normalize(value)) {
      case "string" -> STRING;
      case "uint32" -> UINT32;
      default -> new DimensionType(value, false);
    };
  }
}
