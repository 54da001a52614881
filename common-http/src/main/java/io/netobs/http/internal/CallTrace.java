package io.netobs.http.internal;

import io.netobs.http.RetryBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * One call while it runs on its thread: its id (in every log line of the call, and in the SLF4J MDC
 * under {@value #MDC_KEY}), the attempts made so far, the last status, and what the earlier
 * attempts met, which end up in the call's exception. The OAuth2 token request made in the middle
 * of a call shares the call's id: its lines belong to that call. Confined to the calling thread.
 */
final class CallTrace {
  /** The SLF4J MDC key that holds the id of the call the thread is making. */
  static final String MDC_KEY = "netobs.callId";

  private static final ThreadLocal<CallTrace> CURRENT = new ThreadLocal<>();

  /** Counts calls; mixed with a random salt so that ids differ between processes. */
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static final int SALT = ThreadLocalRandom.current().nextInt();

  final String id;
  final long startNanos;

  /** Attempts made so far (the one running included). */
  int attempts;

  /** The status of the last answer, 0 when the last attempt had none. */
  int status;

  /** The number of the attempt whose retry the retry budget refused, or 0. */
  int budgetRefusedAfter;

  private List<RuntimeException> earlier;
  private final CallTrace outer;
  private final String previousMdc;

  private CallTrace(CallTrace outer) {
    this.outer = outer;
    this.id = outer != null ? outer.id : newId();
    this.startNanos = System.nanoTime();
    this.previousMdc = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, id);
    CURRENT.set(this);
  }

  /** Starts a call on this thread; {@link #close()} ends it. */
  static CallTrace open() {
    return new CallTrace(CURRENT.get());
  }

  /** The id of the call this thread is making, or "-" outside a call. */
  static String currentId() {
    CallTrace current = CURRENT.get();
    return current == null ? "-" : current.id;
  }

  /**
   * A new id: 8 hexadecimal digits. A counter multiplied by an odd number and mixed with the salt
   * is a one-to-one map of 32 bits, so ids do not repeat within a process before 2^32 calls, and
   * they do not look alike from one call to the next.
   */
  static String newId() {
    int mixed = (COUNTER.incrementAndGet() * 0x9E3779B1) ^ SALT;
    char[] hex = new char[8];
    for (int i = 7; i >= 0; i--, mixed >>>= 4) {
      hex[i] = Character.forDigit(mixed & 0xF, 16);
    }
    return new String(hex);
  }

  /** Keeps the failure of an attempt that is about to be retried. */
  void earlier(RuntimeException failure) {
    if (failure == null) {
      return;
    }
    CallStamps.stamp(failure, id, attempts, true);
    if (earlier == null) {
      earlier = new ArrayList<>(2);
    }
    earlier.add(failure);
  }

  /**
   * Makes {@code e} the call's exception: stamps it with the id and the attempts, and attaches the
   * earlier attempts' failures (first attempt first) and the retry budget's note, if it refused a
   * retry.
   */
  void fail(RuntimeException e) {
    CallStamps.stamp(e, id, attempts, false);
    if (earlier != null) {
      for (RuntimeException failure : earlier) {
        if (failure != e) {
          e.addSuppressed(failure);
        }
      }
    }
    if (budgetRefusedAfter > 0) {
      e.addSuppressed(new RetryBudget.Exhausted(budgetRefusedAfter));
    }
  }

  /** Nanoseconds since the call started. */
  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }

  /** Ends the call on this thread: the MDC and the thread's current call are as before it. */
  void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
    if (previousMdc == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, previousMdc);
    }
  }
}
