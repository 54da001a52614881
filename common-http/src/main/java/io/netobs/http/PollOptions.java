package io.netobs.http;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long and how often the SDK polls for work the server is still doing: an ExtraHop console's
 * metric answer that comes in chunks, a running ExtraHop support pack, a Kentik batch operation
 * being applied. The wait between polls starts at {@link #initialDelay()} and doubles up to {@link
 * #maxDelay()}; polling stops once the work is done or {@link #timeout()} has passed in all.
 *
 * <p>Every wait of both clients answers the same way:
 *
 * <ul>
 *   <li><b>On timeout</b> it throws {@link WaitTimeoutException}, which names the call polled, what
 *       was still going on, how long the SDK waited, how many polls it made, and carries the last
 *       state the server reported ({@link WaitTimeoutException#lastState(Class)}). Nothing is
 *       cancelled on the server: the work may still finish there.
 *   <li><b>On interrupt</b> of the waiting thread it sets the thread's interrupt flag again and
 *       throws {@link java.util.concurrent.CancellationException}, whose cause is the {@link
 *       InterruptedException}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PollOptions {
  private static final PollOptions DEFAULTS =
      new PollOptions(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(2));

  private final Duration initialDelay;
  private final Duration maxDelay;
  private final Duration timeout;

  private PollOptions(Duration initialDelay, Duration maxDelay, Duration timeout) {
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.timeout = timeout;
  }

  /** 200 ms, doubling up to 5 s, for at most 2 minutes. */
  public static PollOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another total wait.
   *
   * @throws IllegalArgumentException unless positive
   */
  public PollOptions withTimeout(Duration timeout) {
    return new PollOptions(initialDelay, maxDelay, positive(timeout, "timeout"));
  }

  /**
   * These options with another first wait (raised the max delay if needed).
   *
   * @throws IllegalArgumentException unless positive
   */
  public PollOptions withInitialDelay(Duration initialDelay) {
    positive(initialDelay, "initialDelay");
    return new PollOptions(
        initialDelay, initialDelay.compareTo(maxDelay) > 0 ? initialDelay : maxDelay, timeout);
  }

  /**
   * These options with another longest wait between two polls.
   *
   * @throws IllegalArgumentException unless positive and at least the initial delay
   */
  public PollOptions withMaxDelay(Duration maxDelay) {
    positive(maxDelay, "maxDelay");
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay ("
              + maxDelay
              + ") must not be shorter than initialDelay ("
              + initialDelay
              + ")");
    }
    return new PollOptions(initialDelay, maxDelay, timeout);
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }

  /** The wait before the second poll. */
  public Duration initialDelay() {
    return initialDelay;
  }

  /** The longest wait between two polls. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The longest total wait. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PollOptions p
        && p.initialDelay.equals(initialDelay)
        && p.maxDelay.equals(maxDelay)
        && p.timeout.equals(timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialDelay, maxDelay, timeout);
  }

  @Override
  public String toString() {
    return "PollOptions[initialDelay="
        + initialDelay
        + ", maxDelay="
        + maxDelay
        + ", timeout="
        + timeout
        + "]";
  }
}
