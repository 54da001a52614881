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

  /** The wait the server asked for in {@code Retry-After}, or null when it did not say. */
  private final Duration retryAfter;

  /**
   * The exception for a 429 answer, as the SDK makes it once retries are spent or the wait asked
   * for is longer than {@link RetryPolicy#maxRetryAfter()}; public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   * @param retryAfter the wait the server asked for, or null when it did not say
   */
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
