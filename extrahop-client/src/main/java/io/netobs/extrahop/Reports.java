package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.Report;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.request.ReportCreate;
import io.netobs.extrahop.request.ReportUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Scheduled reports ({@code /reports}): PDFs of a dashboard sent by email. Command appliances only.
 */
public final class Reports {
  private final HttpCore core;
  private final Crud<Report> crud;

  Reports(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/reports", Report.class);
  }

  /** Every report: {@code GET /reports}. */
  public List<Report> list() {
    return crud.list();
  }

  /**
   * One report: {@code GET /reports/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public Report get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a report: {@code POST /reports}; returns its id (from the {@code Location} of the 201
   * answer).
   */
  public long create(ReportCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /reports/{id}}.
   */
  public void update(long id, ReportUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a report: {@code DELETE /reports/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The contents of a report (the dashboards it shows): {@code GET /reports/{id}/contents}. */
  public List<ReportContent> contents(long id) {
    return Crud.listAt(core, ReportContent.class, "/reports/{}/contents", Crud.id(id));
  }

  /** Replaces the contents of a report: {@code PUT /reports/{id}/contents}. */
  public void replaceContents(long id, List<ReportContent> contents) {
    Checks.notNull(contents, "contents");
    for (ReportContent c : contents) {
      Checks.notNull(c, "contents element");
    }
    core.send(
        ApiRequest.put("/reports/{}/contents", Crud.id(id)).json(List.copyOf(contents)).build());
  }

  /**
   * The email groups a scheduled report is sent to: {@code GET /reports/{id}/emailgroups} lists
   * them, {@code POST /reports/{id}/emailgroups} changes them ({@code {"assign": [...], "unassign":
   * [...]}}), and {@code POST} / {@code DELETE /reports/{id}/emailgroups/{childId}} add or remove
   * one.
   */
  public Assignments<EmailGroup> emailGroups(long id) {
    return Assignments.of(core, "reports", id, "emailgroups", EmailGroup.class);
  }

  /** Generates and sends a report now: {@code POST /reports/{id}/queue}. */
  public void queue(long id) {
    core.send(ApiRequest.post("/reports/{}/queue", Crud.id(id)).build());
  }
}
