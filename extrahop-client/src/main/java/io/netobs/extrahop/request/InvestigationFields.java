package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.InvestigationAssessment;
import io.netobs.extrahop.model.InvestigationStatus;
import io.netobs.http.RequestBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The setters shared by {@link InvestigationCreate} and {@link InvestigationUpdate}, each declared
 * once with its check.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class InvestigationFields<B extends InvestigationFields<B>>
    extends RequestBody.Builder<B> {
  InvestigationFields() {}

  /** The name ({@code name}, not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The status ({@code status}). */
  public B status(InvestigationStatus status) {
    return set("status", Validate.notNull(status, "status").value());
  }

  /** The assessment ({@code assessment}). */
  public B assessment(InvestigationAssessment assessment) {
    return set("assessment", Validate.notNull(assessment, "assessment").value());
  }

  /** The user assigned ({@code assignee}, not blank). */
  public B assignee(String assignee) {
    return set("assignee", Validate.notBlank(assignee, "assignee"));
  }

  /** The notes ({@code notes}). */
  public B notes(String notes) {
    return set("notes", Validate.notNull(notes, "notes"));
  }

  /**
   * The ids of the detections in the investigation ({@code event_ids}); on an update the list
   * replaces the one before.
   */
  public B detectionIds(Collection<Long> detectionIds) {
    Validate.notNull(detectionIds, "event_ids");
    List<Long> ids = new ArrayList<>(detectionIds.size());
    for (Long id : detectionIds) {
      Validate.notNull(id, "event_ids element");
      ids.add(Validate.positiveId(id, "event_ids element"));
    }
    return set("event_ids", List.copyOf(ids));
  }
}
