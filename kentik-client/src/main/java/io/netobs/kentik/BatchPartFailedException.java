package io.netobs.kentik;

import io.netobs.http.NetobsException;
import java.util.Optional;

/**
 * A batch operation stopped before its last part was accepted: a part was refused (an error status,
 * or a success status whose body asks for the part again), could not be sent, or the items could
 * not be read or were invalid after earlier parts had already been accepted.
 *
 * <p>The SDK never re-sends a part the server accepted, and never sends {@code "complete": true}
 * for an operation it could not finish: with {@code replace_all}, that would delete everything not
 * yet sent. The operation stays open on the server under {@link #guid()}. To finish it, send the
 * items after the first {@link #criteriaAccepted()} criteria and {@link #deletesAccepted()} deletes
 * with {@link BatchRequest#resume(String)}:
 *
 * <pre>{@code
 * } catch (BatchPartFailedException e) {
 *   kentik.batch().populators("c_hostname").replaceAll(true).resume(e.guid().orElseThrow())
 *       .upserts(readCsv().skip(e.criteriaAccepted()))   // one criterion per BatchUpsert
 *       .send();
 * }
 * }</pre>
 *
 * The cause, when there is one, is the underlying failure ({@link io.netobs.http.ApiException},
 * {@link io.netobs.http.TransportException}, or the {@link IllegalArgumentException} of an invalid
 * item).
 */
public class BatchPartFailedException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The operation's guid, or null when its first part failed. */
  private final String guid;

  /** The 0-based index, in this run, of the part that failed. */
  private final int failedPartIndex;

  /** Parts accepted in this run before the failure. */
  private final int partsAccepted;

  /** Criteria in the accepted parts. */
  private final long criteriaAccepted;

  /** Deletes in the accepted parts. */
  private final long deletesAccepted;

  /** Bytes of the accepted parts. */
  private final long bytesAccepted;

  /** The HTTP status of the failed part's answer; 0 when there was none. */
  private final int status;

  /** The server's message about the failed part, or null. */
  private final String serverMessage;

  /** Whether the failed part may have been accepted after all. */
  private final boolean outcomeUnknown;

  BatchPartFailedException(
      String message,
      String guid,
      int failedPartIndex,
      int partsAccepted,
      long criteriaAccepted,
      long deletesAccepted,
      long bytesAccepted,
      int status,
      String serverMessage,
      boolean outcomeUnknown,
      Throwable cause) {
    super(message, cause);
    this.guid = guid;
    this.failedPartIndex = failedPartIndex;
    this.partsAccepted = partsAccepted;
    this.criteriaAccepted = criteriaAccepted;
    this.deletesAccepted = deletesAccepted;
    this.bytesAccepted = bytesAccepted;
    this.status = status;
    this.serverMessage = serverMessage;
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * The operation's guid; empty when its first part failed (nothing is open on the server then).
   */
  public Optional<String> guid() {
    return Optional.ofNullable(guid);
  }

  /**
   * The 0-based index of the part that failed, counted in this run ({@code 0} is the first part
   * sent).
   */
  public int failedPartIndex() {
    return failedPartIndex;
  }

  /** Parts the server accepted in this run before the failure. */
  public int partsAccepted() {
    return partsAccepted;
  }

  /**
   * Criteria (tags or populators) in the accepted parts: the first this many of the source were
   * sent.
   */
  public long criteriaAccepted() {
    return criteriaAccepted;
  }

  /** Deletes in the accepted parts. */
  public long deletesAccepted() {
    return deletesAccepted;
  }

  /** Bytes of the accepted parts. */
  public long bytesAccepted() {
    return bytesAccepted;
  }

  /**
   * The HTTP status of the failed part's answer; 0 when there was no answer (transport failure,
   * invalid item).
   */
  public int status() {
    return status;
  }

  /** The server's message about the failed part, when it gave one. */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /**
   * True when the failed part may nevertheless have reached the server (the connection broke after
   * it was written, or the answer could not be read). Check {@link Batch#status(String)} before
   * resuming.
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
