package io.netobs.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Observes every call and every attempt of it, for metrics, tracing or extra headers. Hooks run on
 * the calling thread, in the order they were added; an exception thrown by a hook fails the call. A
 * call is seen as {@link #callStarted}, then each attempt ({@link #beforeAttempt}, {@link
 * #afterAttempt}), then {@link #callEnded}, always, however it ended. Every method has an empty
 * default, so a hook implements only what it needs. The OAuth2 token request is not shown to hooks.
 */
public interface CallHook {

  /** Before the call's first attempt. */
  default void callStarted(CallStart call) {}

  /**
   * After the call's last attempt, with its answer's status or its exception; runs also when the
   * call failed before any attempt was sent (e.g. interrupted while waiting for the rate limit).
   */
  default void callEnded(CallEnd call) {}

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

  /**
   * A call about to be made.
   *
   * @param callId the call's id, as its log lines and its exception show it
   * @param method the HTTP method
   * @param pathTemplate the path with its parameters left as {@code {}} (e.g. {@code
   *     /api/v1/tags/{}}), fit for grouping calls of one operation; the path itself when the SDK
   *     does not know the template
   * @param path the path without the query, e.g. {@code /api/v1/tags/7}
   * @param host the host the call goes to
   * @param port the port the call goes to
   * @param maxAttempts attempts allowed for this call: retries plus one
   */
  record CallStart(
      String callId,
      String method,
      String pathTemplate,
      String path,
      String host,
      int port,
      int maxAttempts) {}

  /**
   * How a call ended.
   *
   * @param callId the call's id, as its log lines and its exception show it
   * @param method the HTTP method
   * @param pathTemplate the path with its parameters left as {@code {}}; the path itself when the
   *     SDK does not know the template
   * @param path the path without the query
   * @param host the host the call went to
   * @param port the port the call went to
   * @param status the status of the last answer, or 0 when the last attempt had none
   * @param attempts the attempts made (0 when none was sent)
   * @param duration time from the start of the call to its end, waits between attempts included
   * @param failure the exception the call ended with, when it failed
   */
  record CallEnd(
      String callId,
      String method,
      String pathTemplate,
      String path,
      String host,
      int port,
      int status,
      int attempts,
      Duration duration,
      Optional<Throwable> failure) {

    /** Whether the call returned a value to its caller. */
    public boolean succeeded() {
      return failure.isEmpty();
    }

    /** The retries made: attempts after the first. */
    public int retries() {
      return Math.max(0, attempts - 1);
    }
  }
}
