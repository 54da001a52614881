package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * Which side of a flow a populator's (or batch criterion's) direction-specific fields are matched
 * against: source, destination, or either. Values arrive in any case ({@code "DST"}, {@code
 * "dst"}); a value this SDK does not know is kept as the server sent it, a number as its text
 * ({@code 1} as {@code "1"}). Answers carry it and requests set it; it lives with the answers.
 */
public final class Direction extends ExtensibleEnum {
  /** The source fields (SRC IP, SRC port, ...). */
  public static final Direction SRC = new Direction("src", true);

  /** The destination fields. */
  public static final Direction DST = new Direction("dst", true);

  /** Either side (the Batch API's default for populators). */
  public static final Direction EITHER = new Direction("either", true);

  private Direction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The direction for {@code value}: a known constant when the value matches one in any case,
   * otherwise an unknown direction that keeps the raw value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Direction of(String value) {
    return switch (normalize(value)) {
      case "src" -> SRC;
      case "dst" -> DST;
      case "either" -> EITHER;
      default -> new Direction(value, false);
    };
  }

  /**
   * The direction for a number, as some answers send it: an unknown direction that keeps the
   * number's text, so that decoding does not fail and the value can be sent back unchanged.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Direction ofNumber(long value) {
    return of(Long.toString(value));
  }
}
