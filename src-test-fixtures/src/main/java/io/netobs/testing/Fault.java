package io.netobs.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something going wrong with one request, applied by a {@link FakeHttpServer} through its {@link
 * Faults}. Immutable.
 *
 * <h2>Which faults reach the API</h2>
 *
 * Tests often need to know whether a faulted create was applied. The rule is simple:
 *
 * <ul>
 *   <li>{@link #delay}, {@link #disconnectDuringBody} and {@link #truncatedJson} first let the fake
 *       API handle the request (its state changes as usual), then spoil or slow down the answer;
 *   <li>every other fault answers instead of the API, which never sees the request: nothing
 *       changes.
 * </ul>
 *
 * {@link #reachesApi()} tells which is which.
 *
 * <p>Error bodies follow the style of the service the path belongs to: {@code {"error": "..."}}
 * under {@code /api/v5} (Kentik), {@code {"error_message": "..."}} elsewhere (ExtraHop).
 */
public final class Fault {

  /** The kinds of fault. */
  public enum Kind {
    /** Waits, then gives the API's normal answer. */
    DELAY,
    /** Answers an error status with a JSON error body. */
    STATUS,
    /** Answers 429, with or without {@code Retry-After}. */
    TOO_MANY_REQUESTS,
    /** Closes the connection before any byte of an answer. */
    DISCONNECT_BEFORE_RESPONSE,
    /**
     * Sends the status line, the headers and about half of the API's real body, then closes the
     * connection.
     */
    DISCONNECT_DURING_BODY,
    /** Answers 200 with the first half of the API's real JSON body, complete at the HTTP level. */
    TRUNCATED_JSON,
    /** Answers an HTML error page, as a proxy in front of the service would. */
    HTML_ERROR,
    /** Answers 200 with an empty body (and a JSON content type). */
    EMPTY_OK
  }

  private final Kind kind;
  private final int status;
  private final Duration duration;

  private Fault(Kind kind, int status, Duration duration) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
  }

  /** Waits {@code delay} before sending the API's normal answer. The API handles the request. */
  public static Fault delay(Duration delay) {
    if (Objects.requireNonNull(delay, "delay").isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new Fault(Kind.DELAY, 0, delay);
  }

  /**
   * Answers {@code status} (e.g. 500, 502, 503) with the service's JSON error body. The API never
   * sees the request.
   */
  public static Fault status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return new Fault(Kind.STATUS, status, null);
  }

  /**
   * Answers 429 with the service's JSON error body. The API never sees the request.
   *
   * @param retryAfter sent as {@code Retry-After} in whole seconds (rounded up); null sends no
   *     header
   */
  public static Fault tooManyRequests(@Nullable Duration retryAfter) {
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfter);
  }

  /** Closes the connection without answering. The API never sees the request. */
  public static Fault disconnectBeforeResponse() {
    return new Fault(Kind.DISCONNECT_BEFORE_RESPONSE, 0, null);
  }

  /**
   * Lets the API handle the request, sends its status and headers and about half of its body, then
   * closes the connection. An answer without a body (e.g. 204) is sent with a promised body of a
   * few bytes that never arrives in full.
   */
  public static Fault disconnectDuringBody() {
    return new Fault(Kind.DISCONNECT_DURING_BODY, 0, null);
  }

  /** Lets the API handle the request, then answers 200 with the first half of its JSON body. */
  public static Fault truncatedJson() {
    return new Fault(Kind.TRUNCATED_JSON, 200, null);
  }

  /**
   * Answers {@code status} with an HTML error page, as a reverse proxy would. The API never sees
   * the request.
   */
  public static Fault htmlError(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return new Fault(Kind.HTML_ERROR, status, null);
  }

  /** Answers 200 with an empty body. The API never sees the request. */
  public static Fault emptyOk() {
    return new Fault(Kind.EMPTY_OK, 200, null);
  }

  /** The kind of fault. */
  public Kind kind() {
    return kind;
  }

  /** The status this fault answers, or 0 when it answers the API's own status (or none at all). */
  public int status() {
    return status;
  }

  /**
   * The delay of a {@link Kind#DELAY}, the {@code Retry-After} of a {@link Kind#TOO_MANY_REQUESTS},
   * else null.
   */
  public @Nullable Duration duration() {
    return duration;
  }

  /**
   * Whether the fake API handles the request (and may change its state) before the fault spoils the
   * answer.
   */
  public boolean reachesApi() {
    return kind == Kind.DELAY || kind == Kind.DISCONNECT_DURING_BODY || kind == Kind.TRUNCATED_JSON;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Fault other
        && kind == other.kind
        && status == other.status
        && Objects.equals(duration, other.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, duration);
  }

  @Override
  public String toString() {
    switch (kind) {
      case DELAY:
        return "delay(" + duration + ")";
      case STATUS:
        return "status(" + status + ")";
      case TOO_MANY_REQUESTS:
        return "tooManyRequests(" + duration + ")";
      case HTML_ERROR:
        return "htmlError(" + status + ")";
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
