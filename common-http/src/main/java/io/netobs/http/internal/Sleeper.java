package io.netobs.http.internal;

import java.time.Duration;

/**
 * How the core waits: between the attempts of a call, and between polls. Replaced in tests by one
 * that records the waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits with {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM =
      duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));

  /** Returns after {@code duration}, or throws when the thread is interrupted while waiting. */
  void sleep(Duration duration) throws InterruptedException;
}
