package io.netobs.http.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.event.Level;

/**
 * Every line logged through SLF4J during the tests, at every level down to TRACE, so that tests can
 * assert what was logged and, above all, what was not (secrets).
 */
public final class CapturedLogs {
  /**
   * One logged line, formatted, with its exception's text, and the SLF4J MDC of the logging thread
   * when it was logged.
   */
  public record Line(String logger, Level level, String message, Map<String, String> mdc) {
    /** A line logged with an empty MDC. */
    public Line(String logger, Level level, String message) {
      this(logger, level, message, Map.of());
    }
  }

  private static final ConcurrentLinkedQueue<Line> LINES = new ConcurrentLinkedQueue<>();

  private CapturedLogs() {}

  static void add(Line line) {
    LINES.add(line);
  }

  /** The lines logged so far. */
  public static List<Line> lines() {
    return new ArrayList<>(LINES);
  }

  /**
   * Takes the lines logged so far out of the record, each exactly once even while others are
   * logging.
   */
  public static List<Line> drain() {
    List<Line> taken = new ArrayList<>();
    for (Line line = LINES.poll(); line != null; line = LINES.poll()) {
      taken.add(line);
    }
    return taken;
  }

  /** Forgets the lines logged so far. */
  public static void clear() {
    LINES.clear();
  }

  /** All logged text, one line after another. */
  public static String text() {
    StringBuilder all = new StringBuilder();
    for (Line line : LINES) {
      all.append(line.level())
          .append(' ')
          .append(line.logger())
          .append(' ')
          .append(line.message())
          .append('\n');
    }
    return all.toString();
  }
}
