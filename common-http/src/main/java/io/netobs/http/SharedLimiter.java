package io.netobs.http;

/**
 * A limiter that takes the place of a client's own, so that clients in several processes (or
 * several clients in one) keep to one set of limits together: a service whose limits are per
 * account, run as four instances, must not send four times the account's limit. Set it with {@code
 * limiter(..)} on a client's builder; the client then asks it for a permit before every attempt,
 * retries included, and gives the permit back when the attempt and any wait before the next one are
 * over. Without one, each client keeps to its {@link RateLimit} on its own.
 *
 * <p>The client names what it counts with a key: one per account and API, so that two APIs whose
 * limits the service counts apart (Kentik's Query API beside its Admin API) never share a count,
 * and clients of the same account always do. The key holds the service's host and port, the API's
 * name and a hash of the account's name (never the name itself, nor a credential).
 *
 * <p>A limiter shared across processes must survive a holder that dies without releasing: a permit
 * in flight has a lease that expires unless its holder is alive to renew it, so a crashed process's
 * permits come back to the others after the lease. {@code netobs-redis-limiter} provides one backed
 * by Redis. Implementations are thread-safe.
 */
public interface SharedLimiter {
  /**
   * Waits until one more call under {@code key} fits {@code limit}, then counts it as started and
   * as in flight until its permit is released.
   *
   * @param key the account and API whose limits are counted, e.g. {@code
   *     api.kentik.com:443|api|6b0e...}; calls under one key share the limits, calls under two keys
   *     never do
   * @param limit the limits to keep: calls in flight at once, calls started in any minute and in
   *     any hour (zero: no limit of that kind)
   * @return the permit, to be released once, when the call is over
   * @throws InterruptedException when the thread is interrupted while waiting; the call is then not
   *     counted
   */
  Permit acquire(String key, RateLimit limit) throws InterruptedException;

  /** One call's place among the calls in flight under a key. */
  @FunctionalInterface
  interface Permit {
    /**
     * Gives the place back, so that another call may start. The call stays counted in the minute
     * and hour windows. Releasing twice has no further effect.
     */
    void release();
  }
}
