package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.Trigger;
import io.netobs.extrahop.request.TriggerCreate;
import io.netobs.extrahop.request.TriggerExternalData;
import io.netobs.extrahop.request.TriggerUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Triggers ({@code /triggers}) and the devices and device groups they are assigned to. */
public final class Triggers {
  private final HttpCore core;
  private final Crud<Trigger> crud;

  Triggers(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/triggers", Trigger.class);
  }

  /** Every trigger: {@code GET /triggers}. */
  public List<Trigger> list() {
    return crud.list();
  }

  /**
   * One trigger: {@code GET /triggers/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public Trigger get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a trigger: {@code POST /triggers}; returns its id (from the {@code Location} of the 201
   * answer).
   */
  public long create(TriggerCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /triggers/{id}}.
   */
  public void update(long id, TriggerUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a trigger: {@code DELETE /triggers/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The device groups a trigger is assigned to: {@code /triggers/{id}/devicegroups}. */
  public Assignments<DeviceGroup> deviceGroups(long id) {
    return Assignments.of(core, "triggers", id, "devicegroups", DeviceGroup.class);
  }

  /** The devices a trigger is assigned to: {@code /triggers/{id}/devices}. */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "triggers", id, "devices", Device.class);
  }

  /**
   * Hands data to the triggers that run on the {@code EXTERNAL_DATA} event: {@code POST
   * /triggers/externaldata}. Not retried once sent, since triggers may already have run on it.
   */
  public void sendExternalData(TriggerExternalData data) {
    core.send(ApiRequest.post("/triggers/externaldata").json(Crud.body(data, "data")).build());
  }
}
