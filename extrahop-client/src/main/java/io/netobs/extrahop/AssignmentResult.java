package io.netobs.extrahop;

import io.netobs.http.internal.ErrorBodies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an assignment call did. The appliance answers 204 when every id was applied and 207
 * (Multi-Status) when only some were: this result then lists the ids that failed and why, as far as
 * the 207 body says. A 207 whose body names no id is never read as success: {@link
 * #hasUnreadableFailures()} is true and the body is kept in {@link #rawBodies()}.
 *
 * <pre>{@code
 * client.tags().devices(tagId).assign(deviceIds).requireSuccess();
 * }</pre>
 */
public final class AssignmentResult {
  /** Whether an id was being assigned or unassigned. */
  public enum Operation {
    /** Added to the assignments. */
    ASSIGN,
    /** Removed from the assignments. */
    UNASSIGN
  }

  /**
   * One id that was not applied.
   *
   * @param id the id
   * @param operation whether it was being assigned or unassigned; null when neither the answer nor
   *     the request says
   * @param message the appliance's reason, or null when it gave none
   */
  public record Failure(long id, @Nullable Operation operation, @Nullable String message) {
    @Override
    public String toString() {
      return id
          + (operation == null ? "" : " (" + operation.name().toLowerCase(Locale.ROOT) + ")")
          + (message == null || message.isEmpty() ? "" : ": " + message);
    }
  }

  private final List<Long> requestedAssign;
  private final List<Long> requestedUnassign;
  private final List<Failure> failures;
  private final List<String> rawBodies;
  private final int calls;
  private final int partialCalls;
  private final int unreadableCalls;

  AssignmentResult(
      List<Long> requestedAssign,
      List<Long> requestedUnassign,
      List<Failure> failures,
      List<String> rawBodies,
      int calls,
      int partialCalls,
      int unreadableCalls) {
    this.requestedAssign = List.copyOf(requestedAssign);
    this.requestedUnassign = List.copyOf(requestedUnassign);
    this.failures = List.copyOf(failures);
    this.rawBodies = List.copyOf(rawBodies);
    this.calls = calls;
    this.partialCalls = partialCalls;
    this.unreadableCalls = unreadableCalls;
  }

  static AssignmentResult nothingToDo() {
    return new AssignmentResult(List.of(), List.of(), List.of(), List.of(), 0, 0, 0);
  }

  /** Whether every id was applied: no call answered 207. */
  public boolean isSuccess() {
    return partialCalls == 0;
  }

  /** The ids that were not applied, with the reasons the appliance gave. */
  public List<Failure> failures() {
    return failures;
  }

  /** The ids that were not applied. */
  public Set<Long> failedIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (Failure f : failures) {
      ids.add(f.id());
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Whether some call answered 207 with a body that names no failed id: some ids were not applied,
   * but the SDK cannot say which. {@link #rawBodies()} holds what the appliance said.
   */
  public boolean hasUnreadableFailures() {
    return unreadableCalls > 0;
  }

  /** The bodies of the 207 answers, as sent. */
  public List<String> rawBodies() {
    return rawBodies;
  }

  /** The ids sent to be assigned, after removing duplicates. */
  public List<Long> requestedAssign() {
    return requestedAssign;
  }

  /** The ids sent to be unassigned, after removing duplicates. */
  public List<Long> requestedUnassign() {
    return requestedUnassign;
  }

  /**
   * The ids requested that are not among the failed ones. Meaningful only without unreadable
   * failures.
   */
  public List<Long> appliedIds() {
    Set<Long> failed = failedIds();
    List<Long> applied = new ArrayList<>();
    for (Long id : requestedAssign) {
      if (!failed.contains(id)) {
        applied.add(id);
      }
    }
    for (Long id : requestedUnassign) {
      if (!failed.contains(id)) {
        applied.add(id);
      }
    }
    return Collections.unmodifiableList(applied);
  }

  /** How many POST calls were made (large id lists are sent in batches). */
  public int calls() {
    return calls;
  }

  /**
   * Returns this result when every id was applied.
   *
   * @throws AssignmentException listing the failed ids when some call answered 207
   */
  public AssignmentResult requireSuccess() {
    if (!isSuccess()) {
      throw new AssignmentException(describe(), this, List.of(), null);
    }
    return this;
  }

  String describe() {
    StringBuilder text = new StringBuilder();
    int requested = requestedAssign.size() + requestedUnassign.size();
    if (!failures.isEmpty()) {
      text.append(failedIds().size())
          .append(" of ")
          .append(requested)
          .append(" ids were not applied: ");
      int shown = 0;
      for (Failure f : failures) {
        if (shown == 20) {
          text.append(", ... (").append(failures.size() - shown).append(" more)");
          break;
        }
        text.append(shown == 0 ? "" : ", ").append(f);
        shown++;
      }
    }
    if (unreadableCalls > 0) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(unreadableCalls)
          .append(" of ")
          .append(calls)
          .append(" calls answered 207 Multi-Status without naming the failed ids");
      for (String body : rawBodies) {
        text.append(": ").append(ErrorBodies.excerpt(body));
        break;
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "AssignmentResult[" + (isSuccess() ? "success" : describe()) + ", calls=" + calls + "]";
  }
}
