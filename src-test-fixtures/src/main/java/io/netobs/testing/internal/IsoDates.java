package io.netobs.testing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 UTC dates with a chosen number of fractional digits. The live Kentik API writes anything
 * from 0 to 6 digits, so the fake varies them on purpose. Not part of the public API.
 */
public final class IsoDates {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private IsoDates() {}

  /** Microseconds since the epoch of an instant. */
  public static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  /** Formats with exactly {@code digits} (0 to 6) fractional digits, truncating. */
  public static String format(long epochMicros, int digits) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    long micros = Math.floorMod(epochMicros, 1_000_000L);
    StringBuilder text =
        new StringBuilder(27).append(SECONDS.format(Instant.ofEpochSecond(seconds)));
    if (digits > 0) {
      String fraction = String.format("%06d", micros).substring(0, Math.min(6, digits));
      text.append('.').append(fraction);
    }
    return text.append('Z').toString();
  }

  /**
   * Formats with microseconds, trailing zeros dropped (as the batch status's {@code batch_date}).
   */
  public static String formatTrimmed(long epochMicros) {
    String full = format(epochMicros, 6);
    int end = full.length() - 1;
    while (full.charAt(end - 1) == '0') {
      end--;
    }
    if (full.charAt(end - 1) == '.') {
      end--;
    }
    return full.substring(0, end) + "Z";
  }

  /**
   * The precision an object's dates get, from its id, so that any five consecutive objects show
   * every form: none, six digits, and the usual three.
   */
  public static int digitsFor(long id) {
    switch ((int) Math.floorMod(id, 5L)) {
      case 0:
        return 0;
      case 1:
        return 6;
      default:
        return 3;
    }
  }

  /** {@link #format} with {@link #digitsFor the id's precision}. */
  public static String forObject(long id, long epochMicros) {
    return format(epochMicros, digitsFor(id));
  }
}
