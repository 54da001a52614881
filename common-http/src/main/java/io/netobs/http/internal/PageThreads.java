package io.netobs.http.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which one client fetches pages ahead of the caller. None exist until a listing
 * first fetches ahead; an idle thread ends after 30 seconds; {@link #close()} ends them all. The
 * number of threads follows the pages in flight of the listings being iterated at the time (each
 * listing asks for at most its own pages in flight at once). Thread-safe.
 */
final class PageThreads implements Executor {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final int client = CLIENTS.incrementAndGet();
  private final AtomicInteger threads = new AtomicInteger();
  private ThreadPoolExecutor pool;
  private boolean closed;

  @Override
  public void execute(Runnable task) {
    ThreadPoolExecutor running;
    synchronized (this) {
      if (closed) {
        throw new RejectedExecutionException("the client is closed");
      }
      if (pool == null) {
        ThreadFactory factory =
            task1 -> {
              Thread thread =
                  new Thread(task1, "netobs-pages-" + client + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            };
        pool =
            new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
      }
      running = pool;
    }
    running.execute(task);
  }

  /**
   * Refuses new fetches, interrupts those running, and waits up to {@code waitMillis} for the
   * threads to end (a fetch interrupted mid-answer ends when its next read returns).
   */
  void close(long waitMillis) {
    ThreadPoolExecutor running;
    synchronized (this) {
      closed = true;
      running = pool;
    }
    if (running == null) {
      return;
    }
    running.shutdownNow();
    try {
      running.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Threads alive now (for tests). */
  synchronized int size() {
    return pool == null ? 0 : pool.getPoolSize();
  }
}
