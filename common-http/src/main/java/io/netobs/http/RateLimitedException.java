package io.netobs.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server refused the call because too many were made (429), and retries, if any were allowed,
 * did not get through either.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitedException(
      String method,
      String path,
      String serverMessage,
      Map<String, List<String>> headers,
      Duration retryAfter) {
    super(method, path, 429, serverMessage, headers);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the caller to wait ({@code Retry-After}), when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
