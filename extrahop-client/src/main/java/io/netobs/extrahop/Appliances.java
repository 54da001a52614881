package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Appliance;
import io.netobs.extrahop.request.ApplianceConnection;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** The appliances connected to this one ({@code /appliances}). */
public final class Appliances {
  private final HttpCore core;
  private final Crud<Appliance> crud;

  Appliances(HttpCore core) {
    this.core = core;
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
   * Connects a remote appliance: {@code POST /appliances}; returns the new connection's id. The
   * remote appliance must be licensed for the same edition. The body may carry a setup password, a
   * pairing token or a product key: the wire log masks them.
   */
  public long connect(ApplianceConnection connection) {
    return core.createdId(
        ApiRequest.post("/appliances").json(Crud.body(connection, "connection")).build());
  }
}
