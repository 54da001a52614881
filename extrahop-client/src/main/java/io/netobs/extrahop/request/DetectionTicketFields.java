package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.DetectionResolution;
import io.netobs.extrahop.model.DetectionStatus;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link DetectionUpdate} and {@link DetectionTicketUpdate}: the tracking
 * fields of a detection and of the ticket it is tracked in, each declared once with its check.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class DetectionTicketFields<B extends DetectionTicketFields<B>>
    extends RequestBody.Builder<B> {
  DetectionTicketFields() {}

  /** The status ({@code status}). */
  public B status(DetectionStatus status) {
    return set("status", Validate.notNull(status, "status").value());
  }

  /** Clears the status: the detection is shown as Open again ({@code "status": null}). */
  public B clearStatus() {
    return set("status", null);
  }

  /** The user the detection or ticket is assigned to ({@code assignee}, not blank). */
  public B assignee(String assignee) {
    return set("assignee", Validate.notBlank(assignee, "assignee"));
  }

  /** Assigns to nobody ({@code "assignee": null}). */
  public B clearAssignee() {
    return set("assignee", null);
  }

  /** The resolution ({@code resolution}). */
  public B resolution(DetectionResolution resolution) {
    return set("resolution", Validate.notNull(resolution, "resolution").value());
  }

  /** Clears the resolution ({@code "resolution": null}). */
  public B clearResolution() {
    return set("resolution", null);
  }

  /** The id of the ticket tracking the detection ({@code ticket_id}, not blank). */
  public B ticketId(String ticketId) {
    return set("ticket_id", Validate.notBlank(ticketId, "ticket_id"));
  }
}
