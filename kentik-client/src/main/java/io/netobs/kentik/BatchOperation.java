package io.netobs.kentik;

import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.Poller;
import io.netobs.kentik.model.BatchStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

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

  BatchOperation(
      Batch service,
      String guid,
      int partsSent,
      long bytesSent,
      long criteriaSent,
      long deletesSent,
      BatchProgressListener listener,
      Duration pollInterval) {
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

  /**
   * Parts sent and accepted by this client (0 for a handle from {@link Batch#operation(String)}).
   */
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
   * Polls the status until the server reports the operation complete, for at most {@code timeout},
   * waiting a little longer between polls each time (from the request's poll interval, 1 s by
   * default, doubling up to 30 s). Progress goes to the listener the request was given, if any. A
   * zero {@code timeout} polls once.
   *
   * @return the status that reported the operation complete
   * @throws WaitTimeoutException when the operation is not complete after {@code timeout}; its
   *     {@link WaitTimeoutException#lastState(Class) lastState(BatchStatus.class)} is the last
   *     status read. The operation goes on on the server.
   * @throws CancellationException when the thread is interrupted while waiting (the interrupt flag
   *     is set again)
   */
  public BatchStatus awaitCompletion(Duration timeout) {
    return awaitCompletion(timeout, listener);
  }

  /**
   * As {@link #awaitCompletion(Duration)}, reporting progress to {@code progress} (which may be
   * null).
   */
  public BatchStatus awaitCompletion(Duration timeout, @Nullable BatchProgressListener progress) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    // A zero timeout polls once: the shortest budget PollOptions accepts ends the wait after one
    // poll.
    Duration budget = timeout.isZero() ? Duration.ofNanos(1) : timeout;
    return awaitCompletion(
        PollOptions.defaults()
            .withMaxDelay(MAX_POLL_INTERVAL)
            .withInitialDelay(pollInterval)
            .withTimeout(budget),
        progress);
  }

  /**
   * As {@link #awaitCompletion(Duration)}, polling as {@code options} says (first wait, longest
   * wait, overall timeout) instead of from the request's poll interval.
   *
   * @throws WaitTimeoutException when the operation is not complete within the options' timeout
   * @throws CancellationException when the thread is interrupted while waiting (the interrupt flag
   *     is set again)
   */
  public BatchStatus awaitCompletion(PollOptions options) {
    return awaitCompletion(options, listener);
  }

  /**
   * As {@link #awaitCompletion(PollOptions)}, reporting progress to {@code progress} (which may be
   * null).
   */
  public BatchStatus awaitCompletion(
      PollOptions options, @Nullable BatchProgressListener progress) {
    Objects.requireNonNull(options, "options must not be null");
    return Poller.until(
        options,
        service.timing(),
        "GET",
        "/batch/" + guid + "/status",
        () -> {
          BatchStatus status = status();
          Batch.notify(
              progress,
              new BatchProgress(
                  guid, partsSent, bytesSent, criteriaSent, deletesSent, true, status));
          return status;
        },
        BatchStatus::isComplete,
        status -> "batch " + guid + " is not complete yet");
  }

  @Override
  public String toString() {
    return "BatchOperation[guid="
        + guid
        + ", partsSent="
        + partsSent
        + ", bytesSent="
        + bytesSent
        + ", criteriaSent="
        + criteriaSent
        + ", deletesSent="
        + deletesSent
        + "]";
  }
}
