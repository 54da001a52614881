package io.netobs.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Clock} that stands still until a test moves it, for code whose behaviour depends on
 * time: token expiry, rate-limit windows, polling, retries. {@link #advance(Duration)} moves it by
 * hand; {@link #sleep(Duration)} moves it as far as a sleep would have taken and records the sleep,
 * so that {@code clock::sleep} can stand in for the waits of the code under test and the test reads
 * back what it waited ({@link #sleeps()}, {@link #slept()}) without waiting at all.
 *
 * <pre>{@code
 * TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.sleep(Duration.ofMillis(200));
 * clock.instant();  // 2026-01-01T00:00:00.200Z
 * clock.sleeps();   // [PT0.2S]
 * }</pre>
 *
 * <p>Thread-safe. The zone is always UTC; {@link #withZone(ZoneId)} returns this clock, so that
 * every view of it moves together.
 */
public final class TestClock extends Clock {
  /** Where a clock made with {@link #TestClock()} starts: {@code 2026-01-01T00:00:00Z}. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now;

  /** A clock that starts at {@link #DEFAULT_START}. */
  public TestClock() {
    this(DEFAULT_START);
  }

  /**
   * A clock that starts at {@code start}.
   *
   * @throws NullPointerException when {@code start} is null
   */
  public TestClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start must not be null");
  }

  /**
   * Moves the clock forward, without recording a sleep.
   *
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  public synchronized void advance(Duration duration) {
    now = now.plus(checked(duration));
  }

  /**
   * Returns at once, after moving the clock forward by {@code duration} and recording the sleep: a
   * stand-in for {@code Thread.sleep} in the code under test.
   *
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  public synchronized void sleep(Duration duration) {
    sleeps.add(checked(duration));
    now = now.plus(duration);
  }

  /** The sleeps so far, in the order they happened (a copy). */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** The sum of the sleeps so far. */
  public synchronized Duration slept() {
    Duration total = Duration.ZERO;
    for (Duration d : sleeps) {
      total = total.plus(d);
    }
    return total;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized String toString() {
    return "TestClock[" + now + ", " + sleeps.size() + " sleeps]";
  }

  private static Duration checked(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a test clock does not go back; duration was " + duration);
    }
    return duration;
  }
}
