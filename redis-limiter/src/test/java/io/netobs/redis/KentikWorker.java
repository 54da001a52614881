package io.netobs.redis;

import io.netobs.http.RateLimit;
import io.netobs.kentik.KentikClient;
import io.netobs.testing.FakeKentik;
import java.time.Duration;

/**
 * One client process of {@link SharedLimitAcrossProcessesTest}: a Kentik client of the fake's
 * account whose limiter is shared through Redis, making a number of calls one after the other.
 *
 * <p>Arguments: the fake's API URL, the Redis URL, the worker's name, the number of calls, then the
 * limits (in flight, per window, per long window), the window and long window in milliseconds, and
 * the lease in milliseconds.
 */
public final class KentikWorker {
  private KentikWorker() {}

  /** Runs the calls, printing {@code DONE i} after each and {@code CALLS n} at the end. */
  public static void main(String[] args) {
    String apiUrl = args[0];
    String redisUrl = args[1];
    String name = args[2];
    int calls = Integer.parseInt(args[3]);
    RateLimit limit =
        new RateLimit(
            Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
    Duration minute = Duration.ofMillis(Long.parseLong(args[7]));
    Duration hour = Duration.ofMillis(Long.parseLong(args[8]));
    Duration lease = Duration.ofMillis(Long.parseLong(args[9]));
    try (RedisLimiter limiter =
            RedisLimiter.builder().url(redisUrl).windows(minute, hour).lease(lease).build();
        KentikClient kentik =
            KentikClient.builder()
                .baseUrl(apiUrl)
                .email(FakeKentik.DEFAULT_EMAIL)
                .apiToken(FakeKentik.DEFAULT_TOKEN)
                .rateLimit(limit)
                .limiter(limiter)
                .userAgentSuffix(name)
                .build()) {
      System.out.println("STARTED " + ProcessHandle.current().pid());
      System.out.flush();
      int done = 0;
      for (int i = 0; i < calls; i++) {
        kentik.flowTags().list();
        done++;
        System.out.println("DONE " + done);
        System.out.flush();
      }
      System.out.println("CALLS " + done);
    }
  }
}
