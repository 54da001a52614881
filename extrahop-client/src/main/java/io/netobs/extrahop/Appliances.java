package io.netobs.extrahop;

import io.netobs.extrahop.model.Appliance;
import io.netobs.extrahop.model.ApplianceConnection;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** The appliances connected to this one ({@code /appliances}). */
public final class Appliances {
  private final Crud<Appliance> crud;

  Appliances(HttpCore core) {
    this.crud = new Crud<>(core, "/appliances", Appliance.class);
  }

  /** Every connected appliance: {@code GET /appliances}. */
  public List<Appliance> list() {
    return crud.list();
  }

  /** One connected appliance: {@code GET /appliances/{id}}. */
  public Appliance get(long id) {
    return crud.get(id);
  }

  /**
   * Connects a remote appliance: {@code POST /appliances}; returns the new connection's id. The remote
   * appliance must be licensed for the same edition.
   */
  public long connect(ApplianceConnection connection) {
    return crud.create(connection);
  }
}
