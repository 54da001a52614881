package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The severity of an alert, 0 (Emergency) to 7 (Debug), as the REST API numbers them. Levels 0 to 2
 * require immediate attention. A level outside the known ones (sent by a newer appliance) is kept
 * as its number, never turned into null or an error, and sent back unchanged. Some appliances send
 * the severity as text ({@code "warning"}): a level's name decodes to that level, any other text to
 * an unknown severity of level {@code -1}; either way {@link #rawValue()} keeps what was sent.
 */
public final class AlertSeverity {
  /** 0: system functionality is unavailable. */
  public static final AlertSeverity EMERGENCY = new AlertSeverity(0, "Emergency", true);

  /** 1: immediate action is required. */
  public static final AlertSeverity ALERT = new AlertSeverity(1, "Alert", true);

  /** 2: critical conditions are occurring. */
  public static final AlertSeverity CRITICAL = new AlertSeverity(2, "Critical", true);

  /** 3: error conditions are occurring. */
  public static final AlertSeverity ERROR = new AlertSeverity(3, "Error", true);

  /** 4: warning conditions are occurring. */
  public static final AlertSeverity WARNING = new AlertSeverity(4, "Warning", true);

  /** 5: normal operations with significant conditions, such as a restart. */
  public static final AlertSeverity NOTICE = new AlertSeverity(5, "Notice", true);

  /** 6: normal operations with process updates. */
  public static final AlertSeverity INFO = new AlertSeverity(6, "Info", true);

  /** 7: debug-level messages are available. */
  public static final AlertSeverity DEBUG = new AlertSeverity(7, "Debug", true);

  private static final AlertSeverity[] KNOWN = {
    EMERGENCY, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG
  };

  private final int level;
  private final String name;
  private final boolean known;
  private final Object raw;

  private AlertSeverity(int level, String name, boolean known) {
    this(level, name, known, level);
  }

  private AlertSeverity(int level, String name, boolean known, Object raw) {
    this.level = level;
    this.name = name;
    this.known = known;
    this.raw = raw;
  }

  /**
   * The severity as the server sent it: a number, or text such as {@code "warning"}, kept as given.
   */
  @JsonCreator
  static AlertSeverity fromJson(Object value) {
    if (value instanceof Number n) {
      return of(n.intValue());
    }
    String text = String.valueOf(value);
    String t = text.strip();
    if (t.matches("-?\\d{1,9}")) {
      return of(Integer.parseInt(t));
    }
    for (AlertSeverity s : KNOWN) {
      if (s.name.equalsIgnoreCase(t)) {
        return new AlertSeverity(s.level, s.name, true, text);
      }
    }
    return new AlertSeverity(-1, text, false, text);
  }

  /**
   * The severity of this level: a known constant for 0 to 7, else an unknown value that keeps the
   * number.
   */
  public static AlertSeverity of(int level) {
    if (level >= 0 && level < KNOWN.length) {
      return KNOWN[level];
    }
    return new AlertSeverity(level, "Unknown(" + level + ")", false);
  }

  /**
   * A severity from its number ({@code "3"}) or its name ({@code "error"}, any case).
   *
   * @throws IllegalArgumentException for a name that is not one of the eight levels
   */
  public static AlertSeverity of(String text) {
    Objects.requireNonNull(text, "severity");
    String t = text.strip();
    if (t.matches("-?\\d+")) {
      return of(Integer.parseInt(t));
    }
    for (AlertSeverity s : KNOWN) {
      if (s.name.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity must be 0..7 or one of Emergency, Alert, Critical, Error, Warning, Notice, Info, Debug, was '"
            + text
            + "'");
  }

  /** The level, 0 to 7 for the known ones; -1 for a severity sent as text that names no level. */
  public int level() {
    return level;
  }

  /**
   * The value as the server sent it, and as it is sent back: the level as an {@code Integer}, or
   * the text an appliance sent ({@code "warning"}).
   */
  @JsonValue
  public Object rawValue() {
    return raw;
  }

  /** The level's name (Emergency ... Debug), or {@code Unknown(n)}. */
  public String displayName() {
    return name;
  }

  /** Whether this is one of the eight levels the REST API defines. */
  public boolean isKnown() {
    return known;
  }

  /** Whether this level requires immediate attention (0 to 2). */
  public boolean isUrgent() {
    return known && level <= 2;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AlertSeverity s
        && s.level == level
        && (level >= 0 || Objects.equals(s.raw, raw));
  }

  @Override
  public int hashCode() {
    return level >= 0 ? Integer.hashCode(level) : Objects.hashCode(raw);
  }

  @Override
  public String toString() {
    return level + " (" + name + ")";
  }
}
