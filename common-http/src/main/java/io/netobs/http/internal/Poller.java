package io.netobs.http.internal;

import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits between polls with a doubling delay, within one overall timeout, and answers a timeout and
 * an interrupt the way {@link PollOptions} documents for every wait of the SDK. Not thread-safe:
 * one per wait.
 */
public final class Poller {
  /**
   * Where a poller reads the time and how it waits; replaced in tests by a clock that stands still.
   */
  public record Timing(Clock clock, Sleeper sleeper) {
    /** The machine's monotonic time and {@link Thread#sleep}. */
    public static final Timing SYSTEM = new Timing(new MonotonicClock(), Sleeper.SYSTEM);

    /** Checks that neither part is null. */
    public Timing {
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(sleeper, "sleeper");
    }
  }

  private final PollOptions options;
  private final Timing timing;
  private final Instant started;
  private Duration delay;
  private int polls;

  /** A poller whose overall timeout starts now. */
  public Poller(PollOptions options, Timing timing) {
    this.options = Objects.requireNonNull(options, "options");
    this.timing = Objects.requireNonNull(timing, "timing");
    this.started = timing.clock().instant();
    this.delay = options.initialDelay();
  }

  /**
   * Polls until {@code done} accepts what {@code poll} returned, and returns that.
   *
   * @param method the HTTP method of the poll, for the timeout's message
   * @param path the path of the poll, for the timeout's message
   * @param poll makes one poll
   * @param done whether the work is over
   * @param stillDoing what the server is still doing, given the last poll's answer
   * @throws WaitTimeoutException when the work is not over within the timeout
   * @throws CancellationException when the thread is interrupted while waiting (its flag is set
   *     again)
   */
  public static <T> T until(
      PollOptions options,
      Timing timing,
      String method,
      String path,
      Supplier<T> poll,
      Predicate<? super T> done,
      Function<? super T, String> stillDoing) {
    Poller poller = new Poller(options, timing);
    while (true) {
      poller.polled();
      T state = poll.get();
      if (done.test(state)) {
        return state;
      }
      poller.pause(method, path, stillDoing.apply(state), state);
    }
  }

  /** Counts one poll. */
  public void polled() {
    polls++;
  }

  /** After a result: the next wait starts short again. */
  public void reset() {
    delay = options.initialDelay();
  }

  /**
   * Waits before the next poll, or gives up when the overall timeout has passed.
   *
   * @param lastState the last state the server reported, kept in the timeout's exception (may be
   *     null)
   * @throws WaitTimeoutException when the timeout has passed
   * @throws CancellationException when the thread is interrupted while waiting (its flag is set
   *     again)
   */
  public void pause(String method, String path, String stillDoing, Object lastState) {
    Duration waited = Duration.between(started, timing.clock().instant());
    Duration remaining = options.timeout().minus(waited);
    if (remaining.isNegative() || remaining.isZero()) {
      throw new WaitTimeoutException(method, path, stillDoing, waited, polls, lastState);
    }
    Duration wait = delay.compareTo(remaining) < 0 ? delay : remaining;
    try {
      timing.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException(
              "interrupted while waiting to poll " + method + " " + path + " again");
      cancelled.initCause(e);
      throw cancelled;
    }
    Duration doubled = delay.multipliedBy(2);
    delay = doubled.compareTo(options.maxDelay()) < 0 ? doubled : options.maxDelay();
  }

  /**
   * Wall-clock time at creation, moved on by {@link System#nanoTime()}: a clock change cannot
   * shorten a wait.
   */
  private static final class MonotonicClock extends Clock {
    private final Instant origin = Instant.now();
    private final long originNanos = System.nanoTime();

    @Override
    public Instant instant() {
      return origin.plusNanos(System.nanoTime() - originNanos);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
