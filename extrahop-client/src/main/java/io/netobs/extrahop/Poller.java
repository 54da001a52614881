package io.netobs.extrahop;

import io.netobs.http.TransportException;
import java.time.Duration;

/** Waits between polls with a doubling delay, within one total budget. Not thread-safe: one per wait. */
final class Poller {
  /** The time source and the sleep of a poller; replaced in tests. */
  interface Clock {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Clock SYSTEM = new Clock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
      }
    };
  }

  private final PollOptions options;
  private final Clock clock;
  private final long started;
  private Duration delay;
  private int polls;

  Poller(PollOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.started = clock.nanoTime();
    this.delay = options.initialDelay();
  }

  /** Counts one poll. */
  void polled() {
    polls++;
  }

  /** After a result: the next wait starts short again. */
  void reset() {
    delay = options.initialDelay();
  }

  /**
   * Waits before the next poll, or gives up when the budget is spent.
   *
   * @throws WaitTimeoutException when the budget is spent
   */
  void pause(String method, String path, String stillDoing) {
    Duration waited = Duration.ofNanos(clock.nanoTime() - started);
    Duration remaining = options.timeout().minus(waited);
    if (remaining.isNegative() || remaining.isZero()) {
      throw new WaitTimeoutException(method, path, stillDoing, waited, polls);
    }
    Duration wait = delay.compareTo(remaining) < 0 ? delay : remaining;
    try {
      clock.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(method, path, true, "interrupted while waiting to poll again", e);
    }
    Duration doubled = delay.multipliedBy(2);
    delay = doubled.compareTo(options.maxDelay()) < 0 ? doubled : options.maxDelay();
  }
}
