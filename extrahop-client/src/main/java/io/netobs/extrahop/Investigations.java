package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Investigation;
import io.netobs.extrahop.request.InvestigationCreate;
import io.netobs.extrahop.request.InvestigationQuery;
import io.netobs.extrahop.request.InvestigationUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.List;

/** Investigations ({@code /investigations}): detections gathered for one piece of work. */
public final class Investigations {
  private final HttpCore core;
  private final Crud<Investigation> crud;

  Investigations(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/investigations", Investigation.class);
  }

  /** Every investigation: {@code GET /investigations}. */
  public List<Investigation> list() {
    return crud.list();
  }

  /**
   * The investigations matching {@code query}: {@code POST /investigations/search} (the API answers
   * them all at once; it does not page).
   */
  public List<Investigation> search(InvestigationQuery query) {
    return core.json(
        ApiRequest.post("/investigations/search")
            .json(Crud.body(query, "query"))
            .idempotent(true)
            .build(),
        Json.listOf(Investigation.class));
  }

  /** One investigation: {@code GET /investigations/{id}}. */
  public Investigation get(long id) {
    return crud.get(id);
  }

  /** Creates an investigation: {@code POST /investigations}; returns its id. */
  public long create(InvestigationCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}: {@code PATCH /investigations/{id}}; detection ids
   * sent replace the ones before.
   */
  public void update(long id, InvestigationUpdate update) {
    crud.update(id, update);
  }

  /**
   * Deletes an investigation: {@code DELETE /investigations/{id}}. It cannot be restored; its
   * detections stay.
   */
  public void delete(long id) {
    crud.delete(id);
  }
}
