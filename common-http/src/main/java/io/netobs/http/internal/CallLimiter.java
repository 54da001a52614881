package io.netobs.http.internal;

import io.netobs.http.RateLimit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps one client within a {@link RateLimit}: a caller over a limit waits until there is room.
 * Start times are kept in rolling windows, so a burst at the end of one minute and another at the
 * start of the next cannot add up to twice the limit.
 */
public final class CallLimiter {
  private final RateLimit limit;
  private final long minuteNanos;
  private final long hourNanos;
  private final LongSupplier nanoTime;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Long> lastMinute = new ArrayDeque<>();
  private final ArrayDeque<Long> lastHour = new ArrayDeque<>();
  private int inFlight;

  public CallLimiter(RateLimit limit) {
    this(limit, Duration.ofMinutes(1), Duration.ofHours(1), System::nanoTime);
  }

  /** With other window lengths and clock, for tests that cannot wait a minute. */
  CallLimiter(RateLimit limit, Duration minute, Duration hour, LongSupplier nanoTime) {
    this.limit = limit;
    this.minuteNanos = minute.toNanos();
    this.hourNanos = hour.toNanos();
    this.nanoTime = nanoTime;
  }

  public RateLimit limit() {
    return limit;
  }

  /** Waits for room, then counts one call as started and in flight. */
  public void acquire() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (true) {
        if (limit.maxConcurrent() > 0 && inFlight >= limit.maxConcurrent()) {
          changed.await();
          continue;
        }
        long now = nanoTime.getAsLong();
        long wait =
            Math.max(
                waitFor(lastMinute, limit.perMinute(), minuteNanos, now),
                waitFor(lastHour, limit.perHour(), hourNanos, now));
        if (wait > 0) {
          changed.awaitNanos(wait);
          continue;
        }
        inFlight++;
        if (limit.perMinute() > 0) {
          lastMinute.addLast(now);
        }
        if (limit.perHour() > 0) {
          lastHour.addLast(now);
        }
        return;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Counts one call as no longer in flight. */
  public void release() {
    lock.lock();
    try {
      inFlight--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static long waitFor(ArrayDeque<Long> window, int max, long length, long now) {
    if (max <= 0) {
      return 0;
    }
    while (!window.isEmpty() && now - window.peekFirst() >= length) {
      window.removeFirst();
    }
    if (window.size() < max) {
      return 0;
    }
    return Math.max(1, window.peekFirst() + length - now);
  }

  /** Calls in flight now (for tests and metrics). */
  public int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "CallLimiter[" + limit + ", inFlight=" + inFlight + "]";
  }
}
