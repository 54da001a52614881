package io.netobs.http;

import io.netobs.http.internal.CallStamps;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this SDK throws for a failed call. All are unchecked, so that they
 * pass through iterators, streams and lambdas unchanged.
 *
 * <p>An exception that ends a call made through a client says which call it was and how many
 * attempts it made: {@link #callId()} is the id the SDK's log lines for that call carry (and the
 * SLF4J MDC key {@code netobs.callId} holds while the call runs), {@link #attempts()} the number of
 * attempts, and the message ends with both, e.g. {@code (after 3 attempts, call 5f0c12ab)}. What
 * the earlier attempts met (an error status, a lost connection) is attached as {@linkplain
 * #getSuppressed() suppressed exceptions}, first attempt first; each says {@code (attempt N of call
 * ID)}.
 */
public abstract class NetobsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static {
    CallStamps.install(NetobsException::stamp);
  }

  private String callId = "";
  private int attempts;
  private boolean earlierAttempt;

  /**
   * An exception with its message and cause.
   *
   * @param message what went wrong, without the call's attempts and id (added when the SDK stamps
   *     the exception with them)
   * @param cause what caused it, or null
   */
  protected NetobsException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  private static void stamp(
      NetobsException e, String callId, int attempts, boolean earlierAttempt) {
    if (!e.callId.isEmpty()) {
      return; // the first stamp is the one of the call that made the exception
    }
    e.callId = callId;
    e.attempts = attempts;
    e.earlierAttempt = earlierAttempt;
  }

  /**
   * The id of the call that failed (8 hexadecimal digits), as the SDK's log lines for that call
   * show it and as the SLF4J MDC held it under {@code netobs.callId}; empty when this exception did
   * not come from a call (e.g. one a test made).
   */
  public String callId() {
    return callId;
  }

  /**
   * How many attempts the call made before it failed with this exception; for the failure of an
   * earlier attempt (one of the {@linkplain #getSuppressed() suppressed exceptions} of the call's
   * exception), the number of that attempt. 0 when this exception did not come from a call, or when
   * the call failed before its first attempt was sent (e.g. its credentials could not be had).
   */
  public int attempts() {
    return attempts;
  }

  /** The message, ending with the call's attempts and id when the exception came from a call. */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    if (callId.isEmpty()) {
      return message;
    }
    String where;
    if (earlierAttempt) {
      where = "attempt " + attempts + " of call " + callId;
    } else if (attempts == 0) {
      where = "before any attempt was sent, call " + callId;
    } else {
      where = "after " + attempts + (attempts == 1 ? " attempt" : " attempts") + ", call " + callId;
    }
    return message == null ? "(" + where + ")" : message + " (" + where + ")";
  }
}
