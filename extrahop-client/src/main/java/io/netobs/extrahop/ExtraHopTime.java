package io.netobs.extrahop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A time as the ExtraHop API takes it: an absolute time in epoch milliseconds, a time relative to
 * now (a negative number of milliseconds, {@code 0} meaning now), or a relative amount with one of
 * the API's unit suffixes ({@code y M w d h m s ms}, e.g. {@code "-30m"}).
 *
 * <pre>{@code
 * ExtraHopTime.ago(Duration.ofMinutes(30))        // -1800000
 * ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES)  // "-30m"
 * ExtraHopTime.at(Instant.parse("2026-01-01T00:00:00Z"))
 * ExtraHopTime.now()                              // 0
 * }</pre>
 */
public final class ExtraHopTime {
  private static final Pattern SUFFIXED = Pattern.compile("(-?\\d+)(ms|y|M|w|d|h|m|s)");

  /** The API's unit suffixes. */
  public enum Unit {
    /** Years, suffix {@code y}. */
    YEARS("y"),
    /** Months, suffix {@code M}. */
    MONTHS("M"),
    /** Weeks, suffix {@code w}. */
    WEEKS("w"),
    /** Days, suffix {@code d}. */
    DAYS("d"),
    /** Hours, suffix {@code h}. */
    HOURS("h"),
    /** Minutes, suffix {@code m}. */
    MINUTES("m"),
    /** Seconds, suffix {@code s}. */
    SECONDS("s"),
    /** Milliseconds, suffix {@code ms}. */
    MILLISECONDS("ms");

    private final String suffix;

    Unit(String suffix) {
      this.suffix = suffix;
    }

    /** The suffix, e.g. {@code "m"} for minutes (and {@code "M"} for months: the case matters). */
    public String suffix() {
      return suffix;
    }

    static Unit ofSuffix(String suffix) {
      for (Unit unit : values()) {
        if (unit.suffix.equals(suffix)) {
          return unit;
        }
      }
      throw new IllegalArgumentException("unknown time unit suffix '" + suffix + "'");
    }
  }

  private final long amount;
  private final Unit unit; // null: a plain number of milliseconds (absolute if >0, relative if <=0)

  private ExtraHopTime(long amount, Unit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /** Now ({@code 0}). */
  public static ExtraHopTime now() {
    return new ExtraHopTime(0, null);
  }

  /** An absolute time. */
  public static ExtraHopTime at(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long millis = instant.toEpochMilli();
    if (millis <= 0) {
      throw new IllegalArgumentException(
          "instant must be after 1970-01-01T00:00:00Z, was " + instant);
    }
    return new ExtraHopTime(millis, null);
  }

  /** A time {@code duration} before now, in milliseconds. */
  public static ExtraHopTime ago(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    return new ExtraHopTime(-duration.toMillis(), null);
  }

  /** A time {@code amount} units before now, sent with the unit's suffix, e.g. {@code "-30m"}. */
  public static ExtraHopTime ago(long amount, Unit unit) {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative, was " + amount);
    }
    return new ExtraHopTime(-amount, unit);
  }

  /**
   * Reads the API's own forms: a number of milliseconds, or a string such as {@code "-30m"} or
   * {@code "1700000000000"}.
   */
  @JsonCreator
  public static ExtraHopTime parse(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Number n) {
      return new ExtraHopTime(n.longValue(), null);
    }
    String text = value.toString().strip();
    if (text.matches("-?\\d+")) {
      return new ExtraHopTime(Long.parseLong(text), null);
    }
    Matcher m = SUFFIXED.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "time must be milliseconds or a number with a unit suffix (y M w d h m s ms), was '"
              + text
              + "'");
    }
    return new ExtraHopTime(Long.parseLong(m.group(1)), Unit.ofSuffix(m.group(2)));
  }

  /** Whether this is relative to now (negative or zero), rather than an absolute time. */
  public boolean isRelative() {
    return unit != null || amount <= 0;
  }

  /** The time in epoch milliseconds, resolving relative times against {@code now}. */
  public long toEpochMillis(Instant now) {
    if (!isRelative()) {
      return amount;
    }
    if (unit == null) {
      return now.toEpochMilli() + amount;
    }
    Duration unitLength =
        switch (unit) {
          case YEARS -> Duration.ofDays(365);
          case MONTHS -> Duration.ofDays(30);
          case WEEKS -> Duration.ofDays(7);
          case DAYS -> Duration.ofDays(1);
          case HOURS -> Duration.ofHours(1);
          case MINUTES -> Duration.ofMinutes(1);
          case SECONDS -> Duration.ofSeconds(1);
          case MILLISECONDS -> Duration.ofMillis(1);
        };
    return now.toEpochMilli() + amount * unitLength.toMillis();
  }

  /** The JSON value: a number of milliseconds, or a suffixed string. */
  @JsonValue
  public Object jsonValue() {
    return unit == null ? (Object) amount : amount + unit.suffix();
  }

  /** The value for a query parameter such as {@code active_from}. */
  public String queryValue() {
    return String.valueOf(jsonValue());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExtraHopTime t && t.amount == amount && t.unit == unit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + Objects.hashCode(unit);
  }

  @Override
  public String toString() {
    return queryValue();
  }
}
