package io.netobs.extrahop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Makes one call per part, a few at a time, and returns their results in the parts' order. The
 * first call that fails ends the whole: the calls still running are interrupted, those not started
 * are dropped, and its exception reaches the caller as it was thrown. One part, or one call at a
 * time, runs in the caller's thread.
 */
public final class FanOut {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private FanOut() {}

  /**
   * The result of {@code call} for each part, in order, with at most {@code inFlight} calls at
   * once.
   *
   * @param method the HTTP method of the calls, for the message of an interrupt
   * @param path the path of the calls, for the message of an interrupt
   * @throws CancellationException when the calling thread is interrupted while it waits (its
   *     interrupt flag is set again)
   */
  public static <P, R> List<R> each(
      List<P> parts, int inFlight, String method, String path, Function<P, R> call) {
    List<R> results = new ArrayList<>(parts.size());
    if (parts.size() <= 1 || inFlight <= 1) {
      for (P part : parts) {
        results.add(call.apply(part));
      }
      return results;
    }
    int threads = Math.min(inFlight, parts.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      ExecutorCompletionService<R> done = new ExecutorCompletionService<>(pool);
      List<Future<R>> futures = new ArrayList<>(parts.size());
      for (P part : parts) {
        futures.add(done.submit(() -> call.apply(part)));
      }
      for (int i = 0; i < parts.size(); i++) {
        Future<R> finished = done.take();
        try {
          finished.get();
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        }
      }
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException(
              method + " " + path + ": interrupted while waiting for " + parts.size() + " calls");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "netobs-fan-out-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
