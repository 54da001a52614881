package io.netobs.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Observes every attempt of every call, for metrics, tracing or extra headers. Hooks run on the
 * calling thread, in the order they were added; an exception thrown by a hook fails the call.
 */
public interface CallHook {

  /** Before an attempt is sent; may add headers. */
  default void beforeAttempt(Attempt attempt) {}

  /** After an attempt ended, with a status or a failure. */
  default void afterAttempt(Outcome outcome) {}

  /** An attempt about to be sent. */
  interface Attempt {
    /**
     * The HTTP method of the attempt.
     *
     * @return the method, such as {@code GET}
     */
    String method();

    /** The path without the query, e.g. {@code /api/v1/tags/7}. */
    String path();

    /** 1 for the first attempt. */
    int attempt();

    /** Attempts allowed for this call: retries plus one. */
    int maxAttempts();

    /** Adds a header to this attempt (credentials cannot be replaced this way). */
    void header(String name, String value);
  }

  /**
   * How an attempt ended.
   *
   * @param method the HTTP method
   * @param path the path without the query
   * @param attempt 1 for the first attempt
   * @param status the HTTP status, or 0 when no answer came
   * @param elapsed time from sending to the end of the headers (or the failure)
   * @param failure the transport failure, when no answer came
   * @param willRetry whether the SDK is about to send the call again
   * @param retryBudgetExhausted whether the call would have been sent again but the client's {@link
   *     RetryBudget} was empty (then {@code willRetry} is false)
   */
  record Outcome(
      String method,
      String path,
      int attempt,
      int status,
      Duration elapsed,
      Optional<Throwable> failure,
      boolean willRetry,
      boolean retryBudgetExhausted) {

    /** An outcome whose retry, if any, the retry budget did not refuse. */
    public Outcome(
        String method,
        String path,
        int attempt,
        int status,
        Duration elapsed,
        Optional<Throwable> failure,
        boolean willRetry) {
      this(method, path, attempt, status, elapsed, failure, willRetry, false);
    }
  }
}
