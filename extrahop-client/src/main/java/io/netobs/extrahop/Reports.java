package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.Report;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.request.ReportCreate;
import io.netobs.extrahop.request.ReportUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.io.OutputStream;
import java.nio.file.Path;
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

  /**
   * Streams the report's PDF into {@code out}: {@code GET /reports/{id}/download}; the stream is
   * not closed.
   *
   * @return the number of bytes written
   */
  public long download(long id, OutputStream out) {
    return download(id, out, DownloadProgress.NONE);
  }

  /** As {@link #download(long, OutputStream)}, telling {@code progress} how far it has come. */
  public long download(long id, OutputStream out, DownloadProgress progress) {
    return Transfers.download(core, downloadRequest(id), out, progress);
  }

  /**
   * Writes the report's PDF to {@code target}, replacing it only once complete: a failed download
   * leaves no partial file.
   *
   * @return the number of bytes written
   */
  public long download(long id, Path target) {
    return download(id, target, DownloadProgress.NONE);
  }

  /** As {@link #download(long, Path)}, telling {@code progress} how far it has come. */
  public long download(long id, Path target, DownloadProgress progress) {
    return Transfers.download(core, downloadRequest(id), target, progress);
  }

  private static ApiRequest downloadRequest(long id) {
    return ApiRequest.get("/reports/{}/download", Crud.id(id))
        .header("Accept", "application/pdf, application/json;q=0.9, */*;q=0.8")
        .build();
  }

  /** Generates and sends a report now: {@code POST /reports/{id}/queue}. */
  public void queue(long id) {
    core.send(ApiRequest.post("/reports/{}/queue", Crud.id(id)).build());
  }
}
