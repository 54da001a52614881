package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Vlan;
import io.netobs.extrahop.request.VlanUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** VLANs ({@code /vlans}). */
public final class Vlans {
  private final Crud<Vlan> crud;

  Vlans(HttpCore core) {
    this.crud = new Crud<>(core, "/vlans", Vlan.class);
  }

  /** Every VLAN: {@code GET /vlans}. */
  public List<Vlan> list() {
    return crud.list();
  }

  /**
   * One VLAN: {@code GET /vlans/{id}}.
   *
   * @throws io.netobs.http.NotFoundException when there is none with this id
   */
  public Vlan get(long id) {
    return crud.get(id);
  }

  /** Changes the fields set in {@code update}: {@code PATCH /vlans/{id}}. */
  public void update(long id, VlanUpdate update) {
    crud.update(id, update);
  }
}
