package io.netobs.extrahop;

import io.netobs.http.NetobsException;
import java.time.Duration;

/**
 * The appliance was still working when the wait allowed by {@link PollOptions#timeout()} ran out: a
 * console kept answering {@code "again"} for a metric query's next chunk, or a support pack was still
 * running. The work may still finish on the appliance; nothing was cancelled.
 */
public class WaitTimeoutException extends NetobsException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final Duration waited;
  private final int polls;

  public WaitTimeoutException(String method, String path, String stillDoing, Duration waited, int polls) {
    super(method + " " + path + ": " + stillDoing + " after waiting " + describe(waited) + " (" + polls
        + (polls == 1 ? " poll" : " polls") + "); allow longer with PollOptions.withTimeout", null);
    this.method = method;
    this.path = path;
    this.waited = waited;
    this.polls = polls;
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
}
