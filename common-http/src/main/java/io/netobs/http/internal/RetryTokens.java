package io.netobs.http.internal;

import io.netobs.http.RetryBudget;
import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tokens of one client's {@link RetryBudget}: taken by retries, given back by successes, never
 * below zero nor above the capacity. Lock-free (compare-and-set on one integer); a success while
 * the bucket is full only reads it.
 */
public final class RetryTokens {
  private final RetryBudget budget;
  private final AtomicInteger available;

  /** A full bucket of {@code budget}, which must limit retries. */
  public RetryTokens(RetryBudget budget) {
    if (!budget.limits()) {
      throw new IllegalArgumentException("an unlimited budget has no tokens");
    }
    this.budget = budget;
    this.available = new AtomicInteger(budget.capacity());
  }

  /** The budget these tokens follow. */
  public RetryBudget budget() {
    return budget;
  }

  /** The tokens in the bucket now. */
  public int available() {
    return available.get();
  }

  /**
   * What a retry after this outcome costs: {@link RetryBudget#retryCost()} after an error status,
   * {@link RetryBudget#transportRetryCost()} after no answer or an answer lost on the way.
   */
  public int costOf(Outcome outcome) {
    return outcome.ending() == Ending.ERROR_STATUS
        ? budget.retryCost()
        : budget.transportRetryCost();
  }

  /** Takes {@code cost} tokens if the bucket holds that many, and says whether it did. */
  public boolean take(int cost) {
    while (true) {
      int now = available.get();
      if (now < cost) {
        return false;
      }
      if (available.compareAndSet(now, now - cost)) {
        return true;
      }
    }
  }

  /** Puts {@code tokens} back, up to the capacity. */
  public void giveBack(int tokens) {
    int capacity = budget.capacity();
    while (tokens > 0) {
      int now = available.get();
      if (now >= capacity) {
        return;
      }
      if (available.compareAndSet(now, (int) Math.min(capacity, (long) now + tokens))) {
        return;
      }
    }
  }

  /**
   * After a call that succeeded: gives back what its retries took, or {@link
   * RetryBudget#successRefill()} when it made none.
   */
  public void succeeded(int spentByRetries) {
    giveBack(spentByRetries > 0 ? spentByRetries : budget.successRefill());
  }
}
