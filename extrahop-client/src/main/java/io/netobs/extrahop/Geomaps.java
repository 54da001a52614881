package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.Geomap;
import io.netobs.extrahop.request.GeomapCreate;
import io.netobs.extrahop.request.GeomapUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Geomaps ({@code /geomaps}) and the applications they are assigned to. */
public final class Geomaps {
  private final HttpCore core;
  private final Crud<Geomap> crud;

  Geomaps(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/geomaps", Geomap.class);
  }

  /** Every geomap: {@code GET /geomaps}. */
  public List<Geomap> list() {
    return crud.list();
  }

  /**
   * One geomap: {@code GET /geomaps/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public Geomap get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a geomap: {@code POST /geomaps}; returns its id (from the {@code Location} of the 201
   * answer).
   */
  public long create(GeomapCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /geomaps/{id}}.
   */
  public void update(long id, GeomapUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a geomap: {@code DELETE /geomaps/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The applications a geomap is assigned to: {@code /geomaps/{id}/applications}. */
  public Assignments<Application> applications(long id) {
    return Assignments.of(core, "geomaps", id, "applications", Application.class);
  }
}
