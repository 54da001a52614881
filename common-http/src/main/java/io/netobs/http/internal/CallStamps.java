package io.netobs.http.internal;

import io.netobs.http.NetobsException;

/**
 * Lets the core write a call's id and attempts into a {@link NetobsException}, which keeps them in
 * private fields with no public setter: the exception class hands its setter over when it is
 * initialized, which has happened before any instance exists.
 */
public final class CallStamps {
  /** Writes a call's id and attempt count into an exception. */
  @FunctionalInterface
  public interface Stamper {
    /**
     * Stamps {@code e}, unless it already carries a call's id.
     *
     * @param earlierAttempt whether {@code e} is the failure of an earlier attempt of the call
     *     (then {@code attempts} is that attempt's number) rather than the call's own end
     */
    void stamp(NetobsException e, String callId, int attempts, boolean earlierAttempt);
  }

  private static volatile Stamper stamper;

  private CallStamps() {}

  /** Called once, by {@link NetobsException}'s static initializer. */
  public static void install(Stamper s) {
    if (stamper == null) {
      stamper = s;
    }
  }

  static void stamp(Throwable e, String callId, int attempts, boolean earlierAttempt) {
    if (e instanceof NetobsException n) {
      stamper.stamp(n, callId, attempts, earlierAttempt);
    }
  }
}
