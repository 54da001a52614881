package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.request.CustomPageCreate;
import io.netobs.extrahop.request.CustomPageUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Pages ({@code /pages}) and the objects they are assigned to. */
public final class Pages {
  private final HttpCore core;
  private final Crud<CustomPage> crud;

  Pages(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/pages", CustomPage.class);
  }

  /** Every page: {@code GET /pages}. */
  public List<CustomPage> list() {
    return crud.list();
  }

  /**
   * One page: {@code GET /pages/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public CustomPage get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a page: {@code POST /pages}; returns its id (from the {@code Location} of the 201
   * answer).
   */
  public long create(CustomPageCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH /pages/{id}}.
   */
  public void update(long id, CustomPageUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a page: {@code DELETE /pages/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The applications a page is assigned to: {@code /pages/{id}/applications}. */
  public Assignments<Application> applications(long id) {
    return Assignments.of(core, "pages", id, "applications", Application.class);
  }

  /** The device groups a page is assigned to: {@code /pages/{id}/devicegroups}. */
  public Assignments<DeviceGroup> deviceGroups(long id) {
    return Assignments.of(core, "pages", id, "devicegroups", DeviceGroup.class);
  }

  /** The devices a page is assigned to: {@code /pages/{id}/devices}. */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "pages", id, "devices", Device.class);
  }

  /** The networks a page is assigned to: {@code /pages/{id}/networks}. */
  public Assignments<Network> networks(long id) {
    return Assignments.of(core, "pages", id, "networks", Network.class);
  }
}
