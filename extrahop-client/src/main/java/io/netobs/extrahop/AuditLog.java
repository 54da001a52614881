package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.AuditLogEntry;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.Map;

/** The audit log of administration and configuration activity ({@code /auditlog}). */
public final class AuditLog {
  private final Crud<AuditLogEntry> crud;

  AuditLog(HttpCore core) {
    this.crud = new Crud<>(core, "/auditlog", AuditLogEntry.class);
  }

  /** Every message, fetched lazily 100 at a time: {@code GET /auditlog?limit=..&offset=..}. */
  public PagedIterable<AuditLogEntry> list() {
    return list(100);
  }

  /** Every message, fetched lazily {@code pageSize} at a time. */
  public PagedIterable<AuditLogEntry> list(int pageSize) {
    Checks.atLeast(pageSize, 1, "pageSize");
    return crud.paged(0, pageSize, Map.of());
  }
}
