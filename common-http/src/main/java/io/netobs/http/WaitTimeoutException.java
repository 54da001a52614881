package io.netobs.http;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server was still working when the wait allowed by {@link PollOptions#timeout()} ran out: an
 * ExtraHop console kept answering {@code "again"} for a metric query's next chunk, a support pack
 * was still running, a Kentik batch operation was not yet complete. The work may still finish on
 * the server; nothing was cancelled. {@link #lastState(Class)} holds the last state the server
 * reported, such as the last {@code BatchStatus} of a Kentik batch.
 */
public class WaitTimeoutException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the call that was polled. */
  private final String method;

  /** The path of the call that was polled. */
  private final String path;

  /** How long the SDK waited in all. */
  private final Duration waited;

  /** How many polls were made. */
  private final int polls;

  // The answers are records that need not be serializable; a deserialized exception has no last
  // state.
  private final transient Object lastState;

  /**
   * An exception for a wait that ran out.
   *
   * @param method the HTTP method of the call polled
   * @param path the path of the call polled
   * @param stillDoing what the server was still doing, e.g. {@code the support pack is still
   *     "running"}
   * @param waited how long the SDK waited in all
   * @param polls how many polls were made
   * @param lastState the last state the server reported (the decoded answer of the last poll), or
   *     null
   */
  public WaitTimeoutException(
      String method,
      String path,
      String stillDoing,
      Duration waited,
      int polls,
      @Nullable Object lastState) {
    super(
        method
            + " "
            + path
            + ": "
            + stillDoing
            + " after waiting "
            + describe(waited)
            + " ("
            + polls
            + (polls == 1 ? " poll" : " polls")
            + "); allow longer with PollOptions.withTimeout",
        null);
    this.method = method;
    this.path = path;
    this.waited = waited;
    this.polls = polls;
    this.lastState = lastState;
  }

  private static String describe(Duration d) {
    return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  /** The method of the call that was polled. */
  public String method() {
    return method;
  }

  /** The path of the call that was polled. */
  public String path() {
    return path;
  }

  /** How long the SDK waited in all. */
  public Duration waited() {
    return waited;
  }

  /** How many polls were made. */
  public int polls() {
    return polls;
  }

  /**
   * The last state the server reported before the time ran out, when it is a {@code type}: for
   * example {@code e.lastState(BatchStatus.class)} after a Kentik batch wait.
   *
   * @return the last state, or empty when there was none or it is not a {@code type}
   */
  public <T> Optional<T> lastState(Class<T> type) {
    return type.isInstance(lastState) ? Optional.of(type.cast(lastState)) : Optional.empty();
  }
}
