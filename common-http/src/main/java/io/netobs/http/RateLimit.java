package io.netobs.http;

/**
 * Client-side limits on the calls one client makes: at most {@code maxConcurrent} in flight, at
 * most {@code perMinute} started in any rolling minute and {@code perHour} in any rolling hour. A
 * call over a limit waits for room instead of failing. Zero means "no limit" for that dimension.
 *
 * <p>Every attempt counts, retries included, since the server counts them too. With a {@link
 * SharedLimiter} (the client builders' {@code limiter(..)}), the limits hold every client of the
 * account that shares it, in this process or others, instead of one client.
 *
 * @param maxConcurrent calls in flight at once, 0 for no limit
 * @param perMinute calls started in any 60 seconds, 0 for no limit
 * @param perHour calls started in any 3600 seconds, 0 for no limit
 */
public record RateLimit(int maxConcurrent, int perMinute, int perHour) {

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is negative
   */
  public RateLimit {
    if (maxConcurrent < 0) {
      throw new IllegalArgumentException("maxConcurrent must be >= 0, was " + maxConcurrent);
    }
    if (perMinute < 0) {
      throw new IllegalArgumentException("perMinute must be >= 0, was " + perMinute);
    }
    if (perHour < 0) {
      throw new IllegalArgumentException("perHour must be >= 0, was " + perHour);
    }
  }

  /** No limits. */
  public static RateLimit unlimited() {
    return new RateLimit(0, 0, 0);
  }

  /** Whether any limit is set. */
  public boolean limits() {
    return maxConcurrent > 0 || perMinute > 0 || perHour > 0;
  }
}
