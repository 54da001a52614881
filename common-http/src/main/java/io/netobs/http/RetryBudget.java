package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * How many retries a client may make when calls keep failing: a bucket of tokens that each retry
 * draws from and each success refills, so that retries stop when everything fails and resume when
 * the service answers again. Without it, every call against a service that is down makes all the
 * attempts its {@link RetryPolicy} allows, and many threads multiply the load on a service that
 * already cannot cope.
 *
 * <p>The bucket starts full, with {@code capacity} tokens. A retry after an error status (408, 429,
 * 5xx) takes {@code retryCost} tokens; a retry after no answer (a connection failure or a timeout)
 * or an answer that broke off takes {@code transportRetryCost}, more by default, since such a
 * failure held a connection and a thread for up to a whole timeout and is the surer sign of an
 * overloaded or unreachable service. A call that succeeds at its first attempt puts {@code
 * successRefill} tokens back; one that succeeds after retries puts back what its retries took. The
 * bucket never holds more than {@code capacity}. When it holds less than a retry costs, the call
 * ends with the attempt it made and fails with that attempt's own exception, which carries a
 * suppressed {@link Exhausted} saying so.
 *
 * <p>The budget only ever removes retries: what the retry policy would not retry (a POST that may
 * have arrived, say) is not retried either way. A renewal of credentials after a 401 takes nothing.
 *
 * <p>Each client has one bucket, shared by every thread and by the variants made from it, unless a
 * variant sets another budget. The defaults (500 tokens, 5 per retry after an error status, 10 per
 * retry after no answer, 1 back per success) allow 100 retries in a row before retries stop, and
 * after that one retry per five successful calls.
 */
public final class RetryBudget {
  private static final RetryBudget DEFAULTS = builder().build();
  private static final RetryBudget UNLIMITED = new RetryBudget(false, 0, 0, 0, 0);

  private final boolean limits;
  private final int capacity;
  private final int retryCost;
  private final int transportRetryCost;
  private final int successRefill;

  private RetryBudget(
      boolean limits, int capacity, int retryCost, int transportRetryCost, int successRefill) {
    this.limits = limits;
    this.capacity = capacity;
    this.retryCost = retryCost;
    this.transportRetryCost = transportRetryCost;
    this.successRefill = successRefill;
  }

  /** 500 tokens, 5 per retry after an error status, 10 per retry after no answer, 1 per success. */
  public static RetryBudget defaults() {
    return DEFAULTS;
  }

  /** No budget: every call makes all the retries its {@link RetryPolicy} allows. */
  public static RetryBudget unlimited() {
    return UNLIMITED;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this budget's values (the defaults' for {@link #unlimited()}). */
  public Builder toBuilder() {
    if (!limits) {
      return builder();
    }
    return builder()
        .capacity(capacity)
        .retryCost(retryCost)
        .transportRetryCost(transportRetryCost)
        .successRefill(successRefill);
  }

  /** Whether this budget limits retries at all ({@code false} for {@link #unlimited()}). */
  public boolean limits() {
    return limits;
  }

  /** The most tokens the bucket holds, and what it holds at the start; 0 when unlimited. */
  public int capacity() {
    return capacity;
  }

  /** The tokens a retry after an error status (408, 429, 5xx) takes; 0 when unlimited. */
  public int retryCost() {
    return retryCost;
  }

  /**
   * The tokens a retry after no answer (connection failure, timeout) or an answer that broke off
   * takes; 0 when unlimited.
   */
  public int transportRetryCost() {
    return transportRetryCost;
  }

  /** The tokens a call that succeeds at its first attempt puts back; 0 when unlimited. */
  public int successRefill() {
    return successRefill;
  }

  @Override
  public String toString() {
    if (!limits) {
      return "RetryBudget[unlimited]";
    }
    return "RetryBudget[capacity="
        + capacity
        + ", retryCost="
        + retryCost
        + ", transportRetryCost="
        + transportRetryCost
        + ", successRefill="
        + successRefill
        + "]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetryBudget b
        && b.limits == limits
        && b.capacity == capacity
        && b.retryCost == retryCost
        && b.transportRetryCost == transportRetryCost
        && b.successRefill == successRefill;
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Added as a suppressed exception to the exception of a call whose retry the budget refused: the
   * call ended early because too many calls of its client failed lately, not because its own
   * failure is permanent.
   */
  public static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The note for a call that made {@code attempts} attempts before the budget refused one. */
    public Exhausted(int attempts) {
      super(
          "retry budget exhausted after "
              + attempts
              + (attempts == 1 ? " attempt" : " attempts")
              + ": too many calls of this client failed lately, so it was not retried",
          null,
          false,
          false);
    }
  }

  /** Builds a {@link RetryBudget}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int capacity = 500;
    private int retryCost = 5;
    private int transportRetryCost = 10;
    private int successRefill = 1;

    private Builder() {}

    /** The most tokens the bucket holds, and what it holds at the start (default 500). */
    public Builder capacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
      }
      this.capacity = capacity;
      return this;
    }

    /** The tokens a retry after an error status takes (default 5); 0 makes such retries free. */
    public Builder retryCost(int retryCost) {
      this.retryCost = nonNegative(retryCost, "retryCost");
      return this;
    }

    /**
     * The tokens a retry after no answer or a broken-off answer takes (default 10); 0 makes such
     * retries free.
     */
    public Builder transportRetryCost(int transportRetryCost) {
      this.transportRetryCost = nonNegative(transportRetryCost, "transportRetryCost");
      return this;
    }

    /** The tokens a call that succeeds at its first attempt puts back (default 1). */
    public Builder successRefill(int successRefill) {
      if (successRefill < 1) {
        throw new IllegalArgumentException(
            "successRefill must be at least 1 (or an empty budget would never refill), was "
                + successRefill);
      }
      this.successRefill = successRefill;
      return this;
    }

    /** The budget. */
    public RetryBudget build() {
      return new RetryBudget(true, capacity, retryCost, transportRetryCost, successRefill);
    }

    private static int nonNegative(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
