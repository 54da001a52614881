package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ExclusionInterval;
import io.netobs.extrahop.request.ExclusionIntervalCreate;
import io.netobs.extrahop.request.ExclusionIntervalUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Exclusion intervals ({@code /exclusionintervals}): time windows in which alerts are suppressed.
 */
public final class ExclusionIntervals {
  private final Crud<ExclusionInterval> crud;

  ExclusionIntervals(HttpCore core) {
    this.crud = new Crud<>(core, "/exclusionintervals", ExclusionInterval.class);
  }

  /** Every exclusion interval: {@code GET /exclusionintervals}. */
  public List<ExclusionInterval> list() {
    return crud.list();
  }

  /**
   * One exclusion interval: {@code GET /exclusionintervals/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public ExclusionInterval get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a exclusion interval: {@code POST /exclusionintervals}; returns its id (from the {@code
   * Location} of the 201 answer).
   */
  public long create(ExclusionIntervalCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /exclusionintervals/{id}}.
   */
  public void update(long id, ExclusionIntervalUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a exclusion interval: {@code DELETE /exclusionintervals/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }
}
