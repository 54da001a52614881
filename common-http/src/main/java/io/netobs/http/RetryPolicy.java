package io.netobs.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When and how often a failed call is sent again.
 *
 * <p>Retried: statuses 408, 429, 500, 502, 503 and 504 (by default), and connection failures. Only
 * calls that are safe to send twice are retried after their bytes may have reached the server: GET,
 * HEAD, PUT, DELETE and calls the SDK declares idempotent (such as assignments). A POST that
 * creates something is retried only when it surely did not arrive (the connection failed before the
 * request was written) or when the server refused it unprocessed with 429.
 *
 * <p>The wait before retry {@code n} (1-based) is {@code initialBackoff * multiplier^(n-1)}, at
 * most {@code maxBackoff}, with up to {@code jitter} of it taken away at random so that many
 * clients do not retry in step. A {@code Retry-After} header, in seconds or as an HTTP date,
 * replaces the computed wait, but never beyond {@code maxRetryAfter}: a server asking for an hour
 * gets a typed {@link RateLimitedException} instead of a hung thread.
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryStatuses;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryStatuses = Set.copyOf(b.retryStatuses);
  }

  /** Two retries, 500 ms then 1 s (less jitter), {@code Retry-After} honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /**
   * Returns a builder holding the default values ({@link #defaults()}), to change some of them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values, to make a variant of it.
   *
   * @return a new builder with this policy's values
   */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .multiplier(multiplier)
        .jitter(jitter)
        .maxRetryAfter(maxRetryAfter)
        .retryStatuses(retryStatuses);
  }

  /**
   * The number of retries after the first attempt; 0 means a call is sent once.
   *
   * @return the most retries of one call
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The wait before the first retry, before jitter.
   *
   * @return the first wait
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The longest computed wait between two attempts, however many retries came before.
   *
   * @return the cap on the computed wait
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The factor by which the wait grows from one retry to the next.
   *
   * @return the growth factor, at least 1
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * The largest share of each wait taken away at random, from 0 (none) to 1 (all of it).
   *
   * @return the jitter share
   */
  public double jitter() {
    return jitter;
  }

  /**
   * The longest {@code Retry-After} the client waits for; a longer one ends the call with a {@link
   * RateLimitedException} (for 429) or the error the status maps to.
   *
   * @return the longest server-requested wait honoured
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The HTTP statuses worth another attempt, when the call is safe to repeat.
   *
   * @return an unmodifiable set of 4xx and 5xx codes
   */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /** Whether an answer with this status is worth another attempt (safety aside). */
  public boolean retriesStatus(int status) {
    return retryStatuses.contains(status);
  }

  /** The wait before retry number {@code retry} (1 for the first retry), before jitter. */
  public Duration backoffBeforeJitter(int retry) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
  }

  /** The wait before retry number {@code retry}, given a uniform random number in [0, 1). */
  public Duration backoff(int retry, double random) {
    long full = backoffBeforeJitter(retry).toMillis();
    return Duration.ofMillis(full - (long) (full * jitter * random));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", retryStatuses="
        + retryStatuses
        + "]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetryPolicy p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryStatuses = DEFAULT_STATUSES;

    private Builder() {}

    /** Retries after the first attempt; 0 turns retries off. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100) {
        throw new IllegalArgumentException(
            "maxRetries must be between 0 and 100, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The wait before the first retry; each later wait is the one before times the {@link
     * #multiplier(double) multiplier}, at most {@link #maxBackoff(Duration) maxBackoff}.
     *
     * @param initialBackoff not negative; zero retries at once
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The longest computed wait between two attempts; must not be less than the {@link
     * #initialBackoff(Duration) initial backoff} (checked by {@link #build()}).
     *
     * @param maxBackoff not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** Growth of the wait from one retry to the next; at least 1. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException(
            "multiplier must be a finite number >= 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** The largest share of each wait taken away at random, from 0 (none) to 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** The longest {@code Retry-After} the client waits for; a longer one ends the call. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The statuses worth another attempt. */
    public Builder retryStatuses(Set<Integer> retryStatuses) {
      Objects.requireNonNull(retryStatuses, "retryStatuses");
      for (int status : retryStatuses) {
        if (status < 400 || status > 599) {
          throw new IllegalArgumentException(
              "retryStatuses must be 4xx or 5xx codes, got " + status);
        }
      }
      this.retryStatuses = Set.copyOf(retryStatuses);
      return this;
    }

    /**
     * Returns the policy.
     *
     * @return an immutable policy with the values set
     * @throws IllegalArgumentException if {@code maxBackoff} is less than {@code initialBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff ("
                + maxBackoff
                + ") must not be less than initialBackoff ("
                + initialBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
