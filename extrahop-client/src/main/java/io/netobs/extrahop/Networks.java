package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.model.Vlan;
import io.netobs.extrahop.request.NetworkUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Networks ({@code /networks}), their VLANs, and the objects assigned to them. Network ids start at
 * 0: appliances answer with network 0, the "All" network, which every method here takes.
 */
public final class Networks {
  private final HttpCore core;
  private final Crud<Network> crud;

  Networks(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/networks", Network.class, true);
  }

  /** Every network: {@code GET /networks}. */
  public List<Network> list() {
    return crud.list();
  }

  /** One network: {@code GET /networks/{id}}. */
  public Network get(long id) {
    return crud.get(id);
  }

  /** Changes the fields set in {@code update}: {@code PATCH /networks/{id}}. */
  public void update(long id, NetworkUpdate update) {
    crud.update(id, update);
  }

  /** The VLANs of a network: {@code GET /networks/{id}/vlans}. */
  public List<Vlan> vlans(long id) {
    return Crud.listAt(core, Vlan.class, "/networks/{}/vlans", Crud.networkId(id));
  }

  /** The alerts assigned to a network: {@code /networks/{id}/alerts}. */
  public Assignments<Alert> alerts(long id) {
    return Assignments.of(core, "networks", id, "alerts", Alert.class);
  }

  /** The pages assigned to a network: {@code /networks/{id}/pages}. */
  public Assignments<CustomPage> pages(long id) {
    return Assignments.of(core, "networks", id, "pages", CustomPage.class);
  }
}
