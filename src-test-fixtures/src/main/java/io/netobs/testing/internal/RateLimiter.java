package io.netobs.testing.internal;

import java.time.Clock;
import java.util.Arrays;

/**
 * Watches the rate and the concurrency of requests, and (when limits are given) refuses what
 * exceeds them. Windows are rolling, at one-second granularity: the last 60 seconds, the last 3600
 * seconds (or shorter windows, for tests that cannot wait a minute). Memory and time per request
 * are constant, so a benchmark of millions of requests costs nothing extra. Thread-safe. Not part
 * of the public API.
 */
public final class RateLimiter {
  private final Clock clock;
  private final Window minute;
  private final Window hour;
  private int inFlight;
  private int maxInFlightSeen;
  private long maxPerMinuteSeen;
  private long maxPerHourSeen;

  /** A limiter whose windows (60 and 3600 seconds) follow {@code clock}. */
  public RateLimiter(Clock clock) {
    this(clock, 60, 3600);
  }

  /**
   * A limiter whose windows follow {@code clock}, with the "minute" and the "hour" {@code
   * minuteSeconds} and {@code hourSeconds} long.
   */
  public RateLimiter(Clock clock, int minuteSeconds, int hourSeconds) {
    this.clock = clock;
    this.minute = new Window(minuteSeconds);
    this.hour = new Window(hourSeconds);
  }

  /**
   * Counts a request that arrives, and decides whether it may go on. Every call must be followed by
   * {@link #exit()}, admitted or not.
   *
   * @param limits the limits to enforce, or null to only watch
   * @return 0 when admitted, else the seconds the client should wait ({@code Retry-After})
   */
  public synchronized long enter(Limits limits) {
    long second = clock.millis() / 1000;
    inFlight++;
    long perMinute = minute.add(second);
    long perHour = hour.add(second);
    maxInFlightSeen = Math.max(maxInFlightSeen, inFlight);
    maxPerMinuteSeen = Math.max(maxPerMinuteSeen, perMinute);
    maxPerHourSeen = Math.max(maxPerHourSeen, perHour);
    if (limits == null) {
      return 0;
    }
    if (inFlight > limits.maxInFlight()) {
      return 1;
    }
    if (perMinute > limits.perMinute()) {
      return minute.secondsUntilBelow(second, limits.perMinute());
    }
    if (perHour > limits.perHour()) {
      return hour.secondsUntilBelow(second, limits.perHour());
    }
    return 0;
  }

  /** Counts a request that is done. */
  public synchronized void exit() {
    inFlight--;
  }

  /** The most requests seen in flight at once. */
  public synchronized int observedMaxConcurrency() {
    return maxInFlightSeen;
  }

  /** The most requests seen in one rolling minute (or the shorter window it was given). */
  public synchronized long observedMaxPerMinute() {
    return maxPerMinuteSeen;
  }

  /** The most requests seen in one rolling hour. */
  public synchronized long observedMaxPerHour() {
    return maxPerHourSeen;
  }

  /** Forgets the windows and the maxima (requests in flight stay counted). */
  public synchronized void reset() {
    minute.clear();
    hour.clear();
    maxInFlightSeen = inFlight;
    maxPerMinuteSeen = 0;
    maxPerHourSeen = 0;
  }

  /**
   * Limits to enforce.
   *
   * @param maxInFlight requests at once
   * @param perMinute requests in any 60 seconds
   * @param perHour requests in any 3600 seconds
   */
  public record Limits(int maxInFlight, int perMinute, int perHour) {}

  /** Counts per second over the last {@code seconds} seconds, with a running total. */
  private static final class Window {
    private final long[] counts;
    private long total;
    private long lastSecond = Long.MIN_VALUE;

    Window(int seconds) {
      counts = new long[seconds];
    }

    long add(long second) {
      advance(second);
      counts[slot(second)]++;
      return ++total;
    }

    /**
     * Seconds until fewer than {@code limit} requests remain in the window, so that one more fits.
     */
    long secondsUntilBelow(long now, long limit) {
      long remaining = total;
      for (int age = counts.length - 1; age >= 0; age--) {
        remaining -= counts[slot(now - age)];
        if (remaining < limit) {
          return counts.length - age;
        }
      }
      return counts.length;
    }

    void clear() {
      Arrays.fill(counts, 0);
      total = 0;
      lastSecond = Long.MIN_VALUE;
    }

    private void advance(long second) {
      if (lastSecond == Long.MIN_VALUE || second - lastSecond >= counts.length) {
        Arrays.fill(counts, 0);
        total = 0;
      } else {
        for (long s = lastSecond + 1; s <= second; s++) {
          total -= counts[slot(s)];
          counts[slot(s)] = 0;
        }
      }
      lastSecond = Math.max(lastSecond, second);
    }

    private int slot(long second) {
      return (int) Math.floorMod(second, (long) counts.length);
    }
  }
}
