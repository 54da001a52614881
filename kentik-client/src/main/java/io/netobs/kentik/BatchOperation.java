package io.netobs.kentik;

import io.netobs.kentik.model.BatchStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * A batch operation whose parts the server has accepted: its guid, what was sent, and the server's
 * progress in applying it. Thread-safe; it holds no connection of its own.
 */
public final class BatchOperation {
  static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(30);

  private final Batch service;
  private final String guid;
  private final int partsSent;
  private final long bytesSent;
  private final long criteriaSent;
  private final long deletesSent;
  private final BatchProgressListener listener;
  private final Duration pollInterval;

  BatchOperation(Batch service, String guid, int partsSent, long bytesSent, long criteriaSent, long deletesSent,
      BatchProgressListener listener, Duration pollInterval) {
    this.service = service;
    this.guid = guid;
    this.partsSent = partsSent;
    this.bytesSent = bytesSent;
    this.criteriaSent = criteriaSent;
    this.deletesSent = deletesSent;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /** The operation's id, as the server assigned it. */
  public String guid() {
    return guid;
  }

  /** Parts sent and accepted by this client (0 for a handle from {@link Batch#operation(String)}). */
  public int partsSent() {
    return partsSent;
  }

  /** Bytes of the parts sent. */
  public long bytesSent() {
    return bytesSent;
  }

  /** Criteria (tags or populators) in the parts sent. */
  public long criteriaSent() {
    return criteriaSent;
  }

  /** Deletes in the parts sent. */
  public long deletesSent() {
    return deletesSent;
  }

  /** The server's current status of the operation ({@code GET /batch/{guid}/status}). */
  public BatchStatus status() {
    return service.status(guid);
  }

  /**
   * Polls the status until the server reports the operation complete or {@code timeout} has passed,
   * waiting a little longer between polls each time (from the request's poll interval, 1 s by default,
   * doubling up to 30 s). Progress goes to the listener the request was given, if any.
   *
   * @return the last status read: check {@link BatchStatus#isComplete()}, which is false when the time ran out
   * @throws CancellationException when the thread is interrupted while waiting (the interrupt flag stays set)
   */
  public BatchStatus awaitCompletion(Duration timeout) {
    return awaitCompletion(timeout, listener);
  }

  /**
   * As {@link #awaitCompletion(Duration)}, reporting progress to {@code progress} (which may be null).
   */
  public BatchStatus awaitCompletion(Duration timeout, BatchProgressListener progress) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration wait = pollInterval;
    while (true) {
      BatchStatus status = status();
      Batch.notify(progress, new BatchProgress(guid, partsSent, bytesSent, criteriaSent, deletesSent, true, status));
      if (status.isComplete()) {
        return status;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return status;
      }
      long sleepNanos = Math.min(wait.toNanos(), remaining);
      try {
        Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted while awaiting batch " + guid);
        cancelled.initCause(e);
        throw cancelled;
      }
      Duration doubled = wait.multipliedBy(2);
      wait = doubled.compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : doubled;
    }
  }

  @Override
  public String toString() {
    return "BatchOperation[guid=" + guid + ", partsSent=" + partsSent + ", bytesSent=" + bytesSent + ", criteriaSent=" + criteriaSent
        + ", deletesSent=" + deletesSent + "]";
  }
}
