package io.netobs.extrahop;

import io.netobs.http.NetobsException;
import java.util.List;
import java.util.Set;

/**
 * Some ids of an assignment call were not applied: the appliance answered 207, or a later batch of
 * a large id list failed after earlier batches were applied. {@link #result()} says what was
 * applied and what failed; {@link #notAttempted()} lists the ids of the batches never sent.
 */
public final class AssignmentException extends NetobsException {
  private static final long serialVersionUID = 1L;

  private final transient AssignmentResult result;

  /** The ids that were never sent, because an earlier chunk failed. */
  private final List<Long> notAttempted;

  AssignmentException(
      String message, AssignmentResult result, List<Long> notAttempted, Throwable cause) {
    super(message, cause);
    this.result = result;
    this.notAttempted = List.copyOf(notAttempted);
  }

  /** What the calls made so far did. */
  public AssignmentResult result() {
    return result;
  }

  /** The ids that failed. */
  public Set<Long> failedIds() {
    return result.failedIds();
  }

  /** The ids of batches that were never sent because an earlier batch failed. */
  public List<Long> notAttempted() {
    return notAttempted;
  }
}
