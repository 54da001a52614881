package io.netobs.http.testing;

import io.netobs.testing.Fault;
import java.time.Duration;

/**
 * The fault kinds of the clients' reliability matrices, one column each. {@link #reachesApi()} says
 * whether the fake API handled the request before the fault spoiled the answer (see {@link Fault}).
 */
public enum FaultColumn {
  DELAY_PAST_READ_TIMEOUT(Fault.delay(Duration.ofMillis(1500))),
  TOO_MANY_REQUESTS_RETRY_AFTER(Fault.tooManyRequests(Duration.ofSeconds(1))),
  TOO_MANY_REQUESTS(Fault.tooManyRequests(null)),
  STATUS_500(Fault.status(500)),
  STATUS_502(Fault.status(502)),
  STATUS_503(Fault.status(503)),
  STATUS_504(Fault.status(504)),
  DISCONNECT_BEFORE_RESPONSE(Fault.disconnectBeforeResponse()),
  DISCONNECT_DURING_BODY(Fault.disconnectDuringBody()),
  TRUNCATED_JSON(Fault.truncatedJson()),
  HTML_ERROR_502(Fault.htmlError(502)),
  EMPTY_200(Fault.emptyOk());

  /** The read timeout of the clients under test, and a delay well past it. */
  public static final Duration READ_TIMEOUT = Duration.ofMillis(500);

  public static final Duration DELAY = Duration.ofMillis(1500);

  public final Fault fault;

  FaultColumn(Fault fault) {
    this.fault = fault;
  }

  public boolean reachesApi() {
    return fault.reachesApi();
  }

  /** A status the core retries when the call is safe to repeat (408, 429, 5xx). */
  public boolean isRetriedStatus() {
    return switch (this) {
      case STATUS_500, STATUS_502, STATUS_503, STATUS_504, HTML_ERROR_502 -> true;
      default -> false;
    };
  }

  /** The status the fault answers with, or 0 when it answers none of its own. */
  public int status() {
    return switch (this) {
      case STATUS_500 -> 500;
      case STATUS_502, HTML_ERROR_502 -> 502;
      case STATUS_503 -> 503;
      case STATUS_504 -> 504;
      case TOO_MANY_REQUESTS, TOO_MANY_REQUESTS_RETRY_AFTER -> 429;
      default -> 0;
    };
  }
}
