package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertStat;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.model.ExclusionInterval;
import io.netobs.extrahop.model.Network;
import io.netobs.extrahop.request.AlertCreate;
import io.netobs.extrahop.request.AlertUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Alerts ({@code /alerts}) and the objects they are assigned to. */
public final class Alerts {
  private final HttpCore core;
  private final Crud<Alert> crud;

  Alerts(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/alerts", Alert.class);
  }

  /** Every alert: {@code GET /alerts}. */
  public List<Alert> list() {
    return crud.list();
  }

  /** One alert: {@code GET /alerts/{id}}. */
  public Alert get(long id) {
    return crud.get(id);
  }

  /** Creates an alert: {@code POST /alerts}; returns its id. */
  public long create(AlertCreate alert) {
    return crud.create(alert, "alert");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /alerts/{id}}. */
  public void update(long id, AlertUpdate update) {
    crud.update(id, update);
  }

  /** Deletes an alert: {@code DELETE /alerts/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The additional statistics of an alert: {@code GET /alerts/{id}/stats}. */
  public List<AlertStat> stats(long id) {
    return Crud.listAt(core, AlertStat.class, "/alerts/{}/stats", Crud.id(id));
  }

  /** The applications the alert is assigned to: {@code /alerts/{id}/applications}. */
  public Assignments<Application> applications(long id) {
    return Assignments.of(core, "alerts", id, "applications", Application.class);
  }

  /** The device groups the alert is assigned to: {@code /alerts/{id}/devicegroups}. */
  public Assignments<DeviceGroup> deviceGroups(long id) {
    return Assignments.of(core, "alerts", id, "devicegroups", DeviceGroup.class);
  }

  /** The devices the alert is assigned to: {@code /alerts/{id}/devices}. */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "alerts", id, "devices", Device.class);
  }

  /** The email groups notified by the alert: {@code /alerts/{id}/emailgroups}. */
  public Assignments<EmailGroup> emailGroups(long id) {
    return Assignments.of(core, "alerts", id, "emailgroups", EmailGroup.class);
  }

  /** The exclusion intervals that suppress the alert: {@code /alerts/{id}/exclusionintervals}. */
  public Assignments<ExclusionInterval> exclusionIntervals(long id) {
    return Assignments.of(core, "alerts", id, "exclusionintervals", ExclusionInterval.class);
  }

  /** The networks the alert is assigned to: {@code /alerts/{id}/networks}. */
  public Assignments<Network> networks(long id) {
    return Assignments.of(core, "alerts", id, "networks", Network.class);
  }
}
