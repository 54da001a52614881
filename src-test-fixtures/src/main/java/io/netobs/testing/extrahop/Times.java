package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as the API accepts them: epoch milliseconds, negative values relative to now, and strings
 * with a unit suffix ({@code y M w d h m s ms}, e.g. {@code "-30m"}).
 */
final class Times {
  private static final Pattern WITH_UNIT = Pattern.compile("(-?\\d+)(ms|y|M|w|d|h|m|s)?");
  private static final long DAY = 86_400_000L;
  private static final Map<String, Long> UNITS =
      Map.of(
          "y",
          365 * DAY,
          "M",
          30 * DAY,
          "w",
          7 * DAY,
          "d",
          DAY,
          "h",
          3_600_000L,
          "m",
          60_000L,
          "s",
          1_000L,
          "ms",
          1L);

  private Times() {}

  /**
   * A point in time.
   *
   * @param zeroIsNow whether 0 means now (an {@code until}) rather than the epoch (a {@code from})
   */
  static long instant(JsonNode value, long now, boolean zeroIsNow, String name) {
    return resolve(milliseconds(value, name), now, zeroIsNow);
  }

  static long instant(String value, long now, boolean zeroIsNow, String name) {
    return resolve(milliseconds(value, name), now, zeroIsNow);
  }

  /**
   * A length of time in milliseconds, e.g. a {@code context_ttl} of {@code 30000} or {@code "1m"}.
   */
  static long duration(JsonNode value, String name) {
    long duration = milliseconds(value, name);
    if (duration < 0) {
      throw ApiError.badRequest(name + " must not be negative");
    }
    return duration;
  }

  private static long resolve(long milliseconds, long now, boolean zeroIsNow) {
    if (milliseconds < 0 || (milliseconds == 0 && zeroIsNow)) {
      return now + milliseconds;
    }
    return milliseconds;
  }

  private static long milliseconds(JsonNode value, String name) {
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isTextual()) {
      return milliseconds(value.asText(), name);
    }
    throw ApiError.badRequest(
        name + " must be milliseconds or a time with a unit such as \"-30m\", was " + value);
  }

  private static long milliseconds(String text, String name) {
    Matcher matcher = WITH_UNIT.matcher(text.trim());
    if (!matcher.matches()) {
      throw ApiError.badRequest(
          name
              + " must be milliseconds or a time with a unit such as \"-30m\", was '"
              + text
              + "'");
    }
    try {
      long amount = Long.parseLong(matcher.group(1));
      return Math.multiplyExact(
          amount, UNITS.get(matcher.group(2) == null ? "ms" : matcher.group(2)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiError.badRequest(name + " is out of range: '" + text + "'");
    }
  }
}
