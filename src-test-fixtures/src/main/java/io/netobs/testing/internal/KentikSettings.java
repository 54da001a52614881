package io.netobs.testing.internal;

import io.netobs.testing.FakeKentik;
import java.time.Clock;
import java.time.Duration;

/**
 * What a Kentik fake is configured with. Not part of the public API.
 *
 * @param email the accepted {@code X-CH-Auth-Email}
 * @param token the accepted {@code X-CH-Auth-API-Token}
 * @param companyId the company id written into objects, as a string
 * @param userId the user id written into objects, as a string of digits
 * @param limits rate limits to enforce, or null
 * @param rateWindows how long the "minute" and the "hour" of the limits are
 * @param holdEachRequest how long each request stays in flight, so that overlapping requests are
 *     seen
 * @param batchPendingPolls status polls during which a completed batch still reports pending
 * @param batchItemLimit rules per store beyond which batch upserts count as over the limit
 * @param clock the clock for dates and rate windows
 * @param sampleData whether to start with a few objects of each kind
 * @param flowSeed the seed of the flows the Query API answers from
 * @param flowCount how many flows the Query API answers from
 */
public record KentikSettings(
    String email,
    String token,
    String companyId,
    String userId,
    RateLimiter.Limits limits,
    FakeKentik.RateWindows rateWindows,
    Duration holdEachRequest,
    int batchPendingPolls,
    int batchItemLimit,
    Clock clock,
    boolean sampleData,
    long flowSeed,
    int flowCount) {

  /** Without the credentials, which must never reach a log. */
  @Override
  public String toString() {
    return "KentikSettings[companyId="
        + companyId
        + ", userId="
        + userId
        + ", limits="
        + limits
        + "]";
  }

  /** The user's id as the number the batch status shows. */
  public long userNumber() {
    return Long.parseLong(userId);
  }
}
