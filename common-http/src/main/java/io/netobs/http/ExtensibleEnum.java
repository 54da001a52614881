package io.netobs.http;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of the SDK's enum-like types (alert severities, populator directions, ...): a closed set
 * of known values that still accepts a value the SDK has never seen. An unknown value is kept as
 * the server sent it, never turned into null or an error, and is sent back unchanged.
 *
 * <p>Subclasses declare their known values as constants and a static {@code of(String)} factory
 * that returns the constant for a known value (matched without regard to case) or a new unknown
 * instance.
 */
public abstract class ExtensibleEnum {
  private final String value;
  private final boolean known;

  /**
   * For subclasses: their constants pass {@code known = true}, their {@code of(String)} factory
   * passes {@code false} for a value that matches none of them.
   *
   * @param value the value as it goes over the wire
   * @param known whether the value is one of the subclass's constants
   * @throws NullPointerException if value is null
   */
  protected ExtensibleEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The value as it goes over the wire. */
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * Whether this value is one the SDK knows; false for values added to the API after this release.
   */
  public final boolean isKnown() {
    return known;
  }

  /** Lower case for case-insensitive lookups of known values. */
  protected static String normalize(String value) {
    return Objects.requireNonNull(value, "value").strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((ExtensibleEnum) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
